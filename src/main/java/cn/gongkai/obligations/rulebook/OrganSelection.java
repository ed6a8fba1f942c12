package cn.gongkai.obligations.rulebook;

/** Which organs a periodic rule creates obligations for. */
public enum OrganSelection {
    /** Every organ (县级以上). */
    ALL,
    /** The State Taxation Administration only. */
    SAT,
    /** Every organ that has subordinate organs (for inspections of the level below). */
    WITH_SUBORDINATES,
    /** Organs at municipal level and above (地市以上). */
    MUNICIPAL_AND_ABOVE
}
