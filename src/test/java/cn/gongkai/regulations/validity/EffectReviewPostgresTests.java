package cn.gongkai.regulations.validity;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gongkai.support.Postgres;

/**
 * {@link EffectReviewWebTests} on PostgreSQL: the V10_20 migration, the derivation's batch writes
 * with null days, the row lock, the conditional claims of review and announcement; the demo
 * library and demo effects load on it too.
 */
class EffectReviewPostgresTests extends EffectReviewWebTests {

    @BeforeAll
    static void requirePostgres() {
        Postgres.require();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}
