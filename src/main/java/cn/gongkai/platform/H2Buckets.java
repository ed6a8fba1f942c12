package cn.gongkai.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * Bucket4j's select-for-update protocol on table {@code rate_limit_bucket} for H2 (the embedded
 * mode), whose PostgreSQL mode lacks the {@code insert … on conflict (id) do nothing} of Bucket4j's
 * PostgreSQL backend: the empty row is inserted only where none exists, and a concurrent insert
 * of the same key loses on the primary key and retries, as Bucket4j expects. Everything else
 * (locking, state serialization, retries) is Bucket4j's.
 */
final class H2Buckets extends AbstractSelectForUpdateBasedProxyManager<String> {

    private static final String SELECT = "select state from rate_limit_bucket where id = ? for update";
    private static final String INSERT = "insert into rate_limit_bucket (id, state) select ?, null"
            + " where not exists (select 1 from rate_limit_bucket where id = ?)";
    private static final String UPDATE = "update rate_limit_bucket set state = ? where id = ?";

    private final DataSource dataSource;

    H2Buckets(DataSource dataSource, ClientSideConfig config) {
        super(config);
        this.dataSource = dataSource;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeout) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        }
        catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
        return new SelectForUpdateBasedTransaction() {

            @Override
            public void begin(Optional<Long> t) {
                run(() -> connection.setAutoCommit(false));
            }

            @Override
            public void rollback() {
                run(connection::rollback);
            }

            @Override
            public void commit(Optional<Long> t) {
                run(connection::commit);
            }

            @Override
            public LockAndGetResult tryLockAndGet(Optional<Long> t) {
                try (PreparedStatement s = connection.prepareStatement(SELECT)) {
                    applyTimeout(s, t);
                    s.setString(1, key);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? LockAndGetResult.locked(rs.getBytes(1)) : LockAndGetResult.notLocked();
                    }
                }
                catch (SQLException e) {
                    throw new BucketExceptions.BucketExecutionException(e);
                }
            }

            @Override
            public boolean tryInsertEmptyData(Optional<Long> t) {
                try (PreparedStatement s = connection.prepareStatement(INSERT)) {
                    applyTimeout(s, t);
                    s.setString(1, key);
                    s.setString(2, key);
                    return s.executeUpdate() > 0;
                }
                catch (SQLException e) {
                    if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                        return false;
                    }
                    throw new BucketExceptions.BucketExecutionException(e);
                }
            }

            @Override
            public void update(byte[] data, RemoteBucketState state, Optional<Long> t) {
                try (PreparedStatement s = connection.prepareStatement(UPDATE)) {
                    applyTimeout(s, t);
                    s.setBytes(1, data);
                    s.setString(2, key);
                    s.executeUpdate();
                }
                catch (SQLException e) {
                    throw new BucketExceptions.BucketExecutionException(e);
                }
            }

            @Override
            public void release() {
                run(connection::close);
            }
        };
    }

    @Override
    public void removeProxy(String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from rate_limit_bucket where id = ?")) {
            s.setString(1, key);
            s.executeUpdate();
        }
        catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    private interface Sql {
        void run() throws SQLException;
    }

    private static void run(Sql sql) {
        try {
            sql.run();
        }
        catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }
}
