package cn.gongkai.registers;

/** Where a register row stands. Only PUBLISHED rows (within their visibility) are public. */
public enum RowState {
    /** Written by an import that has not committed: invisible, deleted if the import fails. */
    STAGED,
    /** Entered, not yet public (a licence decision waiting for the publisher). */
    DRAFT,
    PUBLISHED,
    /** Withdrawn with a public reason; its page says so, the list no longer shows it. */
    RETRACTED
}
