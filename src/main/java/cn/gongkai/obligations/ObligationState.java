package cn.gongkai.obligations;

/** Where an obligation stands (SPEC M2). The first three are open; the last three are closed. */
public enum ObligationState {
    /** Open, the due time not yet near. */
    OPEN,
    /** Open, within the rule's reminder lead time before the due time. */
    DUE_SOON,
    /** Open after the due time. */
    OVERDUE,
    /** Fulfilled by the due time. */
    MET_ON_TIME,
    /** Fulfilled after the due time. */
    MET_LATE,
    /** No longer applies; recorded with the reason and the approver. */
    WAIVED;

    public boolean isOpen() {
        return this == OPEN || this == DUE_SOON || this == OVERDUE;
    }
}
