package cn.gongkai.obligations;

/**
 * The subjects of periodic obligations, which the engine raises itself (annual report, self-check,
 * press conferences, inspections …). A module that performs the periodic duty fulfils the
 * obligation with the same subject, e.g.
 * {@code new ObligationFulfilled(RuleIds.ANNUAL_REPORT, PeriodSubjects.year(organId, 2025), at)}.
 */
public final class PeriodSubjects {

    public static final String YEAR = "organ-year";
    public static final String QUARTER = "organ-quarter";
    public static final String ONCE = "organ";

    private PeriodSubjects() {
    }

    /** The organ's duty for a calendar year (for the annual report: the year the report covers). */
    public static SubjectRef year(long organId, int year) {
        return subject(YEAR, organId + ":" + year);
    }

    /** The organ's duty for a quarter (1–4) of a year. */
    public static SubjectRef quarter(long organId, int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1–4: " + quarter);
        }
        return subject(QUARTER, organId + ":" + year + "-Q" + quarter);
    }

    /** The organ's one-off duty (e.g. revising its catalogue by the end of 2018). */
    public static SubjectRef once(long organId) {
        return subject(ONCE, String.valueOf(organId));
    }

    private static SubjectRef subject(String type, String id) {
        return new SubjectRef(type, id, "/console/obligations/subject/" + type + "/" + id);
    }
}
