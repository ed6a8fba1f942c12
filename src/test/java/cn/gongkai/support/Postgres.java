package cn.gongkai.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server for {@code *PostgresTests}: 127.0.0.1:5432, database {@code test}, trust
 * auth (override with GONGKAI_TEST_PG_URL / GONGKAI_TEST_PG_USER). Each test class gets a fresh
 * schema. With {@code CI=true} a missing server fails the run loudly; elsewhere the tests are
 * skipped with a visible reason.
 */
public final class Postgres {

    public static final String URL = env("GONGKAI_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("GONGKAI_TEST_PG_USER", "postgres");

    private Postgres() {
    }

    /** Skips (locally) or fails (CI) when the server does not answer. */
    public static void require() {
        try (Connection c = DriverManager.getConnection(URL, USER, "")) {
            c.isValid(2);
        }
        catch (SQLException e) {
            String reason = "PostgreSQL is not reachable at " + URL + " (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason + ": CI=true requires it", e);
            }
            System.out.println("SKIPPED PostgreSQL tests: " + reason);
            Assumptions.abort(reason + "; PostgreSQL tests run in CI");
        }
    }

    /** Creates a fresh schema and answers the JDBC URL that makes it the current one. */
    public static String freshSchemaUrl() {
        String schema = newSchemaName();
        createSchema(schema);
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Creates a fresh schema and points the application (datasource, Flyway) at it. */
    public static void register(DynamicPropertyRegistry registry) {
        String schema = newSchemaName();
        registry.add("spring.datasource.url", () -> {
            createSchema(schema);
            return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        });
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> schema);
    }

    private static String newSchemaName() {
        return "gk_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static void createSchema(String schema) {
        try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
            s.execute("create schema if not exists " + schema);
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " on " + URL, e);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
