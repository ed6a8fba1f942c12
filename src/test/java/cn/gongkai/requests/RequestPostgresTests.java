package cn.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gongkai.support.Postgres;

/**
 * The procedure of {@link RequestProcedureWebTests} on PostgreSQL 15 (letters in bytea, the fee
 * ordinal query, the nightly closure), plus the statistics and candidates queries.
 */
class RequestPostgresTests extends RequestProcedureWebTests {

    @BeforeAll
    static void requirePostgres() {
        Postgres.require();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }

    @Test
    void statisticsAndCandidatesRunOnPostgres() {
        today("2025-07-01");
        apply("guangdong", "2024年度广东省个人所得税退税统计数据");
        apply("guangdong", "请公开2024年度广东省个人所得税退税的统计数据");
        HttpResponse<String> stats = http.get("/api/v1/requests/statistics?organ=guangdong&year=2025",
                http.token("gd-office"));
        assertThat(stats.statusCode()).as(stats.body()).isEqualTo(200);
        assertThat(RequestsHttp.json(stats).get("balanced").asBoolean()).isTrue();
        HttpResponse<String> candidates = http.get("/api/v1/requests/candidates?organ=guangdong",
                http.token("gd-office"));
        assertThat(candidates.statusCode()).as(candidates.body()).isEqualTo(200);
    }
}
