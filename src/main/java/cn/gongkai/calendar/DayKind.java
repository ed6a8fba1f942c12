package cn.gongkai.calendar;

/**
 * The kind of a day in the official calendar of mainland China (State Council holiday notices).
 */
public enum DayKind {

    /** 工作日: Monday to Friday, not a holiday. */
    WORKDAY,
    /** 休息日: Saturday or Sunday, not a make-up working day and not inside a holiday block. */
    WEEKEND,
    /** 法定节假日: a day off of a holiday block, weekend days inside the block included. */
    HOLIDAY,
    /** 调休上班日: a Saturday or Sunday made a working day by a holiday notice. */
    MAKEUP_WORKDAY;

    /** Whether people work on a day of this kind (WORKDAY and MAKEUP_WORKDAY). */
    public boolean isWorkingDay() {
        return this == WORKDAY || this == MAKEUP_WORKDAY;
    }
}
