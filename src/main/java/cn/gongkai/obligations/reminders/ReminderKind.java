package cn.gongkai.obligations.reminders;

/** The two notices an obligation can send, each exactly once. */
public enum ReminderKind {
    /** Before the due time, by the rule's lead time, to the holders of the responsible role. */
    DUE_SOON,
    /** At the due time, to the organ's supervisors (the nearest organ above that has any). */
    OVERDUE
}
