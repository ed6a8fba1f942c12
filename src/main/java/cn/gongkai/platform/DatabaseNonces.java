package cn.gongkai.platform;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Used anti-robot nonces in table {@code antirobot_nonce}: the primary key makes a token good
 * exactly once across all nodes (two nodes inserting the same nonce: one wins). Expired rows are
 * deleted as new ones come in (an index on {@code expires_at} keeps that cheap).
 */
@Component
class DatabaseNonces implements UsedNonces {

    private final JdbcClient jdbc;

    DatabaseNonces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Joins the caller's transaction: a refused submission rolls back and leaves its token unused. */
    @Override
    public boolean use(String nonce, Instant expires, Instant now) {
        jdbc.sql("delete from antirobot_nonce where expires_at < :now").param("now", Timestamp.from(now)).update();
        try {
            jdbc.sql("insert into antirobot_nonce (nonce, expires_at) values (:nonce, :expires)")
                    .param("nonce", nonce).param("expires", Timestamp.from(expires)).update();
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean isUsed(String nonce, Instant now) {
        return jdbc.sql("select count(*) from antirobot_nonce where nonce = :nonce and expires_at >= :now")
                .param("nonce", nonce).param("now", Timestamp.from(now)).query(Long.class).single() > 0;
    }
}
