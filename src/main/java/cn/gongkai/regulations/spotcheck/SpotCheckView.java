package cn.gongkai.regulations.spotcheck;

import java.time.Instant;
import java.util.List;

/**
 * A spot-check as published: everything needed to recompute the sample (the numbered pool, the
 * sources, the key string, the algorithm) and the result with the verdicts and a summary per organ.
 */
record SpotCheckView(long id, String title, String state, int sampleSize, int poolSize, Instant createdAt,
        String sourcesNote, List<Source> sources, String keyString, String algorithm, List<Entry> pool,
        List<Pick> sample, List<OrganSummary> summary, Instant drawnAt) {

    /** RFC 3797 as the draw applies it, for whoever recomputes it. */
    static final String ALGORITHM = "RFC 3797 (Publicly Verifiable Nominations Committee Random Selection), as its "
            + "reference code: key string = each source's numbers sorted ascending, each followed by '.', each source "
            + "followed by '/', in the order listed; for pick i = 0, 1, ... MD5(two bytes of i, high first || key string "
            + "in ASCII || the same two bytes) read as a 128-bit big-endian unsigned integer, modulo the number of pool "
            + "entries not yet picked = r; the pick is the (r+1)-th unpicked entry in pool order (pool numbered from 1).";

    record Source(int seq, String description, List<Long> numbers, String canonical) {
    }

    record Entry(int number, long recordId, String organ, String organName, String type, String title,
            String documentNumber, String markedValidity, String libraryDocumentId, String address) {
    }

    record Pick(int order, int number, String md5, int remaining, long recordId, String organ, String markedValidity,
            String derivedValidity, String verdict, boolean automatic, String note) {
    }

    record OrganSummary(String organ, String organName, int sampled, int checked, int correct, int incorrect) {
    }

    /** A line of the list of spot-checks. */
    record Line(long id, String title, String state, int sampleSize, int poolSize, Instant createdAt) {
    }
}
