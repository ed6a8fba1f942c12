package cn.gongkai.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The audit secret, kept outside the database: {@code GONGKAI_AUDIT_KEY} (at least 32 characters;
 * the same on every node) or else {@code <data>/keys/audit.key}, 256 random bits created on first
 * start readable by the owner only. Two keys are derived from it (HMAC-SHA256 with a label), one
 * for the chain and one for signing published heads, plus a short key id that names the key.
 */
@Component
public class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);

    private final byte[] chainKey;
    private final byte[] headKey;
    private final String keyId;

    @Autowired
    AuditKey(@Value("${gongkai.audit.key:}") String configured, @Value("${gongkai.data}") String data) {
        this(secret(configured, Path.of(data)));
    }

    AuditKey(byte[] secret) {
        this.chainKey = mac(secret, "gongkai/audit/chain/v1");
        this.headKey = mac(secret, "gongkai/audit/head/v1");
        this.keyId = HexFormat.of().formatHex(mac(secret, "gongkai/audit/key-id/v1")).substring(0, 16);
    }

    /** HMAC-SHA256 of a chain entry's canonical text, hex. */
    String chain(String canonical) {
        return HexFormat.of().formatHex(mac(chainKey, canonical));
    }

    /** Signature (HMAC-SHA256 under the head key) of a published head's canonical text, hex. */
    String sign(String canonical) {
        return HexFormat.of().formatHex(mac(headKey, canonical));
    }

    boolean verify(String canonical, String signature) {
        return signature != null && MessageDigest.isEqual(sign(canonical).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    public String keyId() {
        return keyId;
    }

    static boolean sameHash(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] secret(String configured, Path data) {
        if (configured != null && !configured.isBlank()) {
            if (configured.trim().length() < 32) {
                throw new IllegalStateException("GONGKAI_AUDIT_KEY must have at least 32 characters");
            }
            return configured.trim().getBytes(StandardCharsets.UTF_8);
        }
        Path file = data.resolve("keys").resolve("audit.key");
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the audit key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
        }
        catch (FileAlreadyExistsException anotherProcessWasFirst) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
        log.warn("Created the audit key {} (owner-only). Back it up apart from the database; on several nodes "
                + "give every node the same key (GONGKAI_AUDIT_KEY)", file);
    }

    private static byte[] mac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
