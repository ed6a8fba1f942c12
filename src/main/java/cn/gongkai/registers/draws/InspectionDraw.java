package cn.gongkai.registers.draws;

import java.time.Instant;
import java.util.List;

/**
 * A 双随机 draw (随机抽取) as published: everything needed to recompute the selection (the pool in
 * its order, numbered from 1; the sources as announced; the key string; the algorithm) and every
 * round of RFC 3797 with its MD5, divisor and pick. The JSON of
 * {@code /api/v1/registers/random-inspections/draws/{id}}.
 *
 * @param rowId the inspection item (随机抽查事项) of the random-inspections register, or null
 * @param selected the pool entries picked, in pick order
 * @param url the public page's absolute address
 */
public record InspectionDraw(long id, String title, String organ, String organName, Long rowId, int count,
        List<String> pool, List<List<Long>> sources, List<String> sourceKeys, String key, List<Round> rounds,
        List<String> selected, String algorithm, String createdBy, Instant createdAt, String url) {

    /** RFC 3797 as the draw applies it, for whoever recomputes it. */
    public static final String ALGORITHM = "RFC 3797 (Publicly Verifiable Nominations Committee Random Selection), "
            + "as its reference code: key string = each source's numbers sorted ascending, each followed by '.', each "
            + "source followed by '/', in the order listed; for round i = 1, 2, ... MD5(two bytes of i-1, high first "
            + "|| key string in ASCII || the same two bytes) read as a 128-bit big-endian unsigned integer, modulo the "
            + "number of pool entries not yet picked (remaining) = r; the pick is the (r+1)-th unpicked entry in pool "
            + "order (pool numbered from 1).";

    /**
     * One round: {@code index} from 1, the MD5 in upper-case hex, the divisor ({@code remaining}
     * entries not yet picked), the pool {@code number} picked and the entry it {@code selected}.
     */
    public record Round(int index, String md5, int remaining, int number, String selected) {
    }

    /** A line of a list of draws (an inspection item's page, the console). */
    public record Line(long id, String title, String organName, Long rowId, int poolSize, int count, String key,
            Instant createdAt, String path) {
    }
}
