package cn.gongkai.requests.dossier;

import java.security.SecureRandom;
import java.util.Optional;
import cn.gongkai.requests.intake.IdentityNumbers;

/**
 * The code an applicant uses to follow a request on the public tracking page (查询码): 80 random
 * bits from a {@link SecureRandom}, written as 16 characters of Crockford's base32 and shown in
 * groups of four ({@code 7K3M-Q9XD-2F8H-WP4C}) so that it can be read out and typed. Input is
 * forgiving: case, spaces and hyphens are ignored, and I/L read as 1 and O as 0.
 */
public record TrackingCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;

    public TrackingCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not a tracking code");
        }
    }

    public static TrackingCode random(SecureRandom random) {
        byte[] bytes = new byte[10];
        random.nextBytes(bytes);
        StringBuilder out = new StringBuilder(LENGTH);
        long high = 0;
        for (int i = 0; i < 5; i++) {
            high = high << 8 | (bytes[i] & 0xFF);
        }
        long low = 0;
        for (int i = 5; i < 10; i++) {
            low = low << 8 | (bytes[i] & 0xFF);
        }
        for (long part : new long[] { high, low }) {
            for (int shift = 35; shift >= 0; shift -= 5) {
                out.append(ALPHABET.charAt((int) (part >>> shift & 31)));
            }
        }
        return new TrackingCode(out.toString());
    }

    /** Reads what a person typed; empty when it cannot be a tracking code. */
    public static Optional<TrackingCode> parse(String input) {
        if (input == null || input.length() > 40) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(LENGTH);
        for (char c : IdentityNumbers.normalize(input).toCharArray()) {
            switch (c) {
                case '-' -> { }
                case 'I', 'L' -> out.append('1');
                case 'O' -> out.append('0');
                default -> out.append(c);
            }
        }
        String code = out.toString();
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
                ? Optional.of(new TrackingCode(code)) : Optional.empty();
    }

    /** Grouped for reading: four groups of four joined by hyphens. */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-"
                + value.substring(12);
    }

    @Override
    public String toString() {
        return display();
    }
}
