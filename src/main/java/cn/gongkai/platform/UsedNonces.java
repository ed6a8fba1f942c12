package cn.gongkai.platform;

import java.time.Instant;

/**
 * Where {@link AntiRobot} remembers the nonces of used tokens until they expire. The platform's
 * store is the database ({@code antirobot_nonce}), so all nodes agree; a cluster-wide cache could
 * replace it here and nowhere else.
 */
public interface UsedNonces {

    /** Marks {@code nonce} used until {@code expires}; false when it was used already. */
    boolean use(String nonce, Instant expires, Instant now);

    /** Whether {@code nonce} has been used (and has not expired yet). */
    boolean isUsed(String nonce, Instant now);
}
