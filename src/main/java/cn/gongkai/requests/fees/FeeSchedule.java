package cn.gongkai.requests.fees;

/**
 * The national information-processing fee standard (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号,
 * SPEC M5), in yuan. Per application (按件计收), by the applicant's count of applications in one
 * calendar month: up to 10 free; the 11th to 30th 100 yuan each; from the 31st, 100 yuan more per
 * band of 10 (31st–40th 200, 41st–50th 300 …). Per page (按量计收), cumulative by tier: up to 30
 * pages free; pages 31–100 at 10 yuan; 101–200 at 20 yuan; beyond 200 at 40 yuan.
 */
public final class FeeSchedule {

    private FeeSchedule() {
    }

    /** The fee for the {@code n}-th application of a calendar month (n ≥ 1). */
    public static int perApplication(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        if (n <= 10) {
            return 0;
        }
        if (n <= 30) {
            return 100;
        }
        return 100 + 100 * ((n - 31) / 10 + 1);
    }

    /** The fee for {@code pages} pages of information provided (pages ≥ 0). */
    public static int perPage(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages must not be negative: " + pages);
        }
        return tier(pages, 30, 100) * 10 + tier(pages, 100, 200) * 20 + tier(pages, 200, Integer.MAX_VALUE) * 40;
    }

    private static int tier(int pages, int above, int upTo) {
        return Math.max(0, Math.min(pages, upTo) - above);
    }
}
