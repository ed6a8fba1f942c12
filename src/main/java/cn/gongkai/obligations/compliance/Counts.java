package cn.gongkai.obligations.compliance;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.gongkai.obligations.ObligationState;

/**
 * Obligations by state, and the on-time rate: met on time ÷ (met on time + met late + overdue),
 * i.e. of the obligations whose due time has been decided, the share met by it. Waived and still
 * running ones do not count; null when there is nothing to rate.
 */
record Counts(long open, long dueSoon, long overdue, long metOnTime, long metLate, long waived) {

    static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

    static Counts of(Map<ObligationState, Long> byState) {
        return new Counts(byState.getOrDefault(ObligationState.OPEN, 0L),
                byState.getOrDefault(ObligationState.DUE_SOON, 0L), byState.getOrDefault(ObligationState.OVERDUE, 0L),
                byState.getOrDefault(ObligationState.MET_ON_TIME, 0L),
                byState.getOrDefault(ObligationState.MET_LATE, 0L), byState.getOrDefault(ObligationState.WAIVED, 0L));
    }

    Counts plus(Counts o) {
        return new Counts(open + o.open, dueSoon + o.dueSoon, overdue + o.overdue, metOnTime + o.metOnTime,
                metLate + o.metLate, waived + o.waived);
    }

    public long total() {
        return open + dueSoon + overdue + metOnTime + metLate + waived;
    }

    /** The on-time rate in [0, 1], or null when no obligation has been decided. */
    public Double onTimeRate() {
        long decided = metOnTime + metLate + overdue;
        return decided == 0 ? null : (double) metOnTime / decided;
    }

    /** The rate as a whole percentage for display, or null. */
    public Long onTimePercent() {
        Double rate = onTimeRate();
        return rate == null ? null : Math.round(rate * 100);
    }

    Map<String, Object> json() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("open", open);
        map.put("dueSoon", dueSoon);
        map.put("overdue", overdue);
        map.put("metOnTime", metOnTime);
        map.put("metLate", metLate);
        map.put("waived", waived);
        map.put("total", total());
        map.put("onTimeRate", onTimeRate());
        return map;
    }
}
