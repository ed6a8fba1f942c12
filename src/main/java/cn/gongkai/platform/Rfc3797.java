package cn.gongkai.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Publicly verifiable random selection, RFC 3797 (Eastlake, 2004), exactly as its reference code:
 * <ul>
 * <li>each source of randomness is a list of non-negative integers, sorted ascending, each
 * written in decimal without leading zeros and followed by {@code .}, the source followed by
 * {@code /}; the key string is the sources in their announced order ({@code 9319./2.5.8.10.12./});
 * <li>for the i-th pick (i = 0, 1, …) the MD5 digest of the two bytes of i (high byte first), the
 * key string (ASCII), and the same two bytes again is read as a 128-bit unsigned integer and
 * divided by the number of pool entries still unpicked; the remainder r picks the (r+1)-th of the
 * unpicked entries in pool order (entries numbered from 1).
 * </ul>
 * Anyone holding the numbered pool and the sources can repeat it with the RFC's program. Shared by
 * every draw the platform publishes: the SAT's spot-check of validity markings (regulations), the
 * 双随机 inspection draws (registers) and the yearly selection of organs to inspect.
 */
public final class Rfc3797 {

    /** The longest pool the reference code handles (its selection counter is two bytes). */
    public static final int MAX_POOL = 65535;

    /** One pick: its order (from 1), the digest in upper-case hex, the divisor and the pool number picked. */
    public record Pick(int order, String md5, int remaining, int selected) {
    }

    private Rfc3797() {
    }

    /** One source in canonical form: {@code [12, 8, 2]} → {@code 2.8.12./}. */
    public static String canonical(List<Long> numbers) {
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("a source needs at least one number");
        }
        StringBuilder out = new StringBuilder();
        numbers.stream().sorted().forEach(n -> {
            if (n < 0) {
                throw new IllegalArgumentException("negative number in a source: " + n);
            }
            out.append(n).append('.');
        });
        return out.append('/').toString();
    }

    /** The key string of the sources in their announced order. */
    public static String key(List<List<Long>> sources) {
        StringBuilder key = new StringBuilder();
        sources.forEach(s -> key.append(canonical(s)));
        return key.toString();
    }

    /** Picks {@code count} of the entries 1 … {@code pool} with {@code key}, in pick order. */
    public static List<Pick> select(int pool, int count, String key) {
        if (pool < 1 || pool > MAX_POOL || count < 0 || count > pool) {
            throw new IllegalArgumentException("cannot pick " + count + " of " + pool);
        }
        boolean[] taken = new boolean[pool];
        byte[] keyBytes = key.getBytes(StandardCharsets.US_ASCII);
        List<Pick> picks = new ArrayList<>(count);
        int remaining = pool;
        for (int i = 0; i < count; i++, remaining--) {
            byte[] digest = digest(i, keyBytes);
            int r = remainder(digest, remaining);
            int chosen = -1;
            for (int j = 0; j < pool; j++) {
                if (!taken[j] && r-- == 0) {
                    chosen = j;
                    break;
                }
            }
            taken[chosen] = true;
            picks.add(new Pick(i + 1, HexFormat.of().withUpperCase().formatHex(digest), remaining, chosen + 1));
        }
        return picks;
    }

    private static byte[] digest(int i, byte[] key) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            byte[] counter = { (byte) (i >> 8), (byte) i };
            md5.update(counter);
            md5.update(key);
            md5.update(counter);
            return md5.digest();
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    /** The digest as a big-endian unsigned integer modulo {@code divisor}, byte by byte as the reference code does. */
    private static int remainder(byte[] digest, int divisor) {
        long r = 0;
        for (byte b : digest) {
            r = ((r << 8) + (b & 0xff)) % divisor;
        }
        return (int) r;
    }
}
