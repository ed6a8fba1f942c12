package cn.gongkai.platform;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The self-hosted anti-robot check of the application form and API: a small sum written in words
 * ("七加五等于多少？"), answered in a text field, so it works without JavaScript and with a screen
 * reader. The token carries an expiry and a nonce and is signed with HMAC-SHA256 over the answer,
 * so the server keeps no state until a token is used; a used nonce is remembered until it expires
 * (single use) in {@link UsedNonces} — the database, so a token used on one node is refused on
 * every other. The secret ({@code gongkai.antirobot.secret}) must then be the same on all nodes.
 * Switched off with {@code gongkai.antirobot.enabled=off}. The one anti-robot check of the
 * platform: every public form that needs one uses this.
 */
@Component
public class AntiRobot {

    public static final Duration LIFETIME = Duration.ofMinutes(30);

    private final boolean enabled;
    private final byte[] key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final UsedNonces used;

    public AntiRobot(AntiRobotSettings settings, Clock clock, UsedNonces used) {
        this.enabled = settings.isOn();
        this.clock = clock;
        this.used = used;
        if (settings.secret().isBlank()) {
            this.key = new byte[32];
            random.nextBytes(key);
        }
        else {
            this.key = settings.secret().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A question: {@code a} plus {@code b}, and the signed token to send back with the answer. */
    public record Challenge(String token, int a, int b, String questionZh) {
    }

    public boolean enabled() {
        return enabled;
    }

    public Challenge challenge() {
        int a = 1 + random.nextInt(10);
        int b = 1 + random.nextInt(10);
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        byte[] nonceBytes = new byte[12];
        random.nextBytes(nonceBytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(nonceBytes);
        String payload = expires + "." + nonce;
        return new Challenge(payload + "." + sign(payload, a + b), a, b, ChineseNumerals.of(a) + "加" + ChineseNumerals.of(b));
    }

    /**
     * Whether the answer is right for a valid, unexpired, unused token. With {@code consume} a
     * passing token is used up; without, it stays valid (the form is shown again for other errors).
     */
    public boolean passes(String token, String answer, boolean consume) {
        if (!enabled) {
            return true;
        }
        if (token == null || answer == null || token.length() > 200) {
            return false;
        }
        String[] parts = token.split("\\.");
        Integer value = parseAnswer(answer);
        if (parts.length != 3 || value == null) {
            return false;
        }
        long expires;
        try {
            expires = Long.parseLong(parts[0]);
        }
        catch (NumberFormatException e) {
            return false;
        }
        Instant now = clock.instant();
        if (now.getEpochSecond() > expires) {
            return false;
        }
        String expected = sign(parts[0] + "." + parts[1], value);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        if (!consume) {
            return !used.isUsed(parts[1], now);
        }
        return used.use(parts[1], Instant.ofEpochSecond(expires), now);
    }

    /** Digits (ASCII or full-width) or the Chinese numerals 一 to 二十. */
    public static Integer parseAnswer(String answer) {
        String a = normalize(answer);
        if (a.matches("\\d{1,3}")) {
            return Integer.parseInt(a);
        }
        for (int i = 1; i <= 20; i++) {
            if (a.equals(ChineseNumerals.of(i))) {
                return i;
            }
        }
        return null;
    }

    /** Full-width characters as ASCII, without any white space. */
    private static String normalize(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            int ascii = c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c;
            if (!Character.isWhitespace(ascii) && ascii != 0x3000) {
                out.appendCodePoint(ascii);
            }
        });
        return out.toString();
    }

    private String sign(String payload, int answer) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sig = mac.doFinal((payload + "|" + answer).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        }
        catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
