package cn.gongkai.registers.opendata;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gongkai.support.Postgres;

/**
 * The open-data tests on PostgreSQL: the download cursor (a fetch size is honoured only inside a
 * transaction there), the feed's union query and the state digest run on both databases.
 */
class RegisterOpenDataPostgresTests extends RegisterOpenDataWebTests {

    @BeforeAll
    static void requirePostgres() {
        Postgres.require();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}
