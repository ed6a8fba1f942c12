package cn.gongkai;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gongkai.support.Postgres;
import cn.gongkai.support.WebTest;

/** The persistence contract on PostgreSQL 15: the same migrations, a fresh schema. */
@WebTest
class PersistencePostgresTests extends PersistenceContract {

    @BeforeAll
    static void requirePostgres() {
        Postgres.require();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}
