package cn.gongkai.registers.draws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.JsonNode;

/**
 * 双随机 draws over real HTTP: the worked example of RFC 3797 section 6 reproduced exactly through
 * the API and on the public page, the refusals (each naming its field, nothing written), who may
 * draw, and the console form.
 */
@WebTest
class DrawWebTests {

    /** RFC 3797 section 6: the MD5 of each of the ten rounds, as the RFC prints them. */
    static final List<String> RFC_MD5 = List.of("990DD0A5692A029A98B5E01AA28F3459", "3691E55CB63FCC37914430B2F70B5EC6",
            "FE814EDF564C190AC1D25753979990FA", "1863CCACEB568C31D7DDBDF1D4E91387", "F4AB33DF4889F0AF29C513905BE1D758",
            "13EAEB529F61ACFB9A29D0BA3A60DE4A", "992DB77C382CA2BDB9727001F3CDCCD9", "63AB4258ECA922976811C7F55C383CE7",
            "DFBC5AC97CED01B3A6E348E3CC63F40D", "31CB111C4A4EBE9287CEAE16FE51B909");
    static final List<Integer> RFC_SELECTION = List.of(17, 7, 2, 16, 25, 23, 8, 24, 19, 13);
    static final String RFC_KEY = "9319./2.5.8.10.12./9.18.26.34.41.45./";
    static final String RFC_SOURCES = "[[9319],[2,5,12,8,10],[9,18,26,34,41,45]]";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static String pool(int n) {
        return "[" + String.join(",", IntStream.rangeClosed(1, n).mapToObj(i -> "\"对象" + String.format("%02d", i) + "\"").toList()) + "]";
    }

    static String body(String pool, Object count, String sources) {
        return "{\"pool\":" + pool + ",\"count\":" + count + ",\"sources\":" + sources + "}";
    }

    @Test
    void theRfc3797WorkedExampleIsReproducedExactlyThroughTheApiAndOnThePublicPage() {
        ApiClient publisher = new ApiClient(port).as("sat-publisher");
        ApiClient.Response made = publisher.post(DrawApi.BASE, "{\"title\":\"RFC 3797 第6节示例\",\"pool\":" + pool(25)
                + ",\"count\":10,\"sources\":" + RFC_SOURCES + "}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonNode draw = made.json();
        assertThat(draw.get("key").asString()).isEqualTo(RFC_KEY);
        JsonNode rounds = draw.get("rounds");
        assertThat(rounds.size()).isEqualTo(10);
        for (int i = 0; i < 10; i++) {
            JsonNode r = rounds.get(i);
            assertThat(r.get("index").asInt()).isEqualTo(i + 1);
            assertThat(r.get("md5").asString()).isEqualTo(RFC_MD5.get(i));
            assertThat(r.get("remaining").asInt()).isEqualTo(25 - i);
            assertThat(r.get("number").asInt()).isEqualTo(RFC_SELECTION.get(i));
            assertThat(r.get("selected").asString()).isEqualTo(String.format("对象%02d", RFC_SELECTION.get(i)));
        }
        List<String> selected = new ArrayList<>();
        draw.get("selected").forEach(s -> selected.add(s.asString()));
        assertThat(selected).containsExactlyElementsOf(RFC_SELECTION.stream().map(n -> String.format("对象%02d", n)).toList());
        assertThat(draw.get("pool").size()).isEqualTo(25);
        assertThat(draw.get("sources").toString()).isEqualTo(RFC_SOURCES);
        long id = draw.get("id").asLong();
        assertThat(draw.get("url").asString()).isEqualTo(ApiClient.SITE + "/registers/random-inspections/draws/" + id);

        ApiClient anonymous = new ApiClient(port);
        ApiClient.Response published = anonymous.get(DrawApi.BASE + "/" + id);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json()).isEqualTo(draw);

        Document page = Jsoup.parse(anonymous.text("/registers/random-inspections/draws/" + id));
        assertThat(page.getElementById("key-string").text()).isEqualTo(RFC_KEY);
        assertThat(page.select("#draw-rounds tbody tr td:nth-child(2)").eachText()).containsExactlyElementsOf(RFC_MD5);
        assertThat(page.select("#draw-rounds tbody tr td:nth-child(3)").eachText())
                .containsExactly("25", "24", "23", "22", "21", "20", "19", "18", "17", "16");
        assertThat(page.select("#draw-pool tbody tr")).hasSize(25);
        assertThat(page.select("#draw-sources code").eachText()).containsExactly("9319", "9319./", "2 5 12 8 10",
                "2.5.8.10.12./", "9 18 26 34 41 45", "9.18.26.34.41.45./");
        assertThat(page.select("#draw-selected li").first().text()).startsWith("对象17");
        String english = anonymous.page("/registers/random-inspections/draws/" + id + "?lang=en").text();
        assertThat(english).doesNotContain("??", "registers.").contains("Key string:", "How to recompute it");
    }

    @Test
    void aBadDrawIsRefusedNamingItsFieldAndWritesNothing() {
        ApiClient publisher = new ApiClient(port).as("sat-publisher");
        long before = draws();
        assertRefused(publisher.post(DrawApi.BASE, body(pool(5), 6, RFC_SOURCES)), "count");
        assertRefused(publisher.post(DrawApi.BASE, body(pool(5), 0, RFC_SOURCES)), "count");
        assertRefused(publisher.post(DrawApi.BASE, body("[\"甲\",\"乙\",\"丙\",\" 乙 \"]", 2, RFC_SOURCES)), "pool[3]");
        assertRefused(publisher.post(DrawApi.BASE, body("[\"甲\",\"\"]", 1, RFC_SOURCES)), "pool[1]");
        assertRefused(publisher.post(DrawApi.BASE, body("[]", 1, RFC_SOURCES)), "pool");
        assertRefused(publisher.post(DrawApi.BASE, body(pool(5), 2, "[[1,2],[]]")), "sources[1]");
        assertRefused(publisher.post(DrawApi.BASE, body(pool(5), 2, "[]")), "sources");
        assertRefused(publisher.post(DrawApi.BASE, body(pool(5), 2, "[[3,-1]]")), "sources[0][1]");
        assertRefused(publisher.post(DrawApi.BASE, body(pool(5), 2, "[[3,1.5]]")), "sources[0][1]");
        assertRefused(publisher.post(DrawApi.BASE, "{\"pool\":" + pool(5) + ",\"sources\":[[1]]}"), "count");
        assertRefused(publisher.post(DrawApi.BASE, "{\"pool\":" + pool(5) + ",\"count\":1,\"sources\":[[1]],\"rowId\":987654321}"),
                "rowId");
        ApiClient.Response duplicate = publisher.post(DrawApi.BASE, body("[\"甲\",\"乙\",\"甲\"]", 1, "[[1]]"));
        assertThat(duplicate.body()).contains("第3项“甲”与第1项重复");
        assertThat(draws()).isEqualTo(before);
    }

    @Test
    void onlyAPublisherOrSupervisorDrawsAndEveryoneReadsTheDraw() {
        String valid = body(pool(3), 1, "[[7]]");
        assertThat(new ApiClient(port).post(DrawApi.BASE, valid).status()).isEqualTo(401);
        assertThat(new ApiClient(port).as("sat-drafter").post(DrawApi.BASE, valid).status()).isEqualTo(403);
        ApiClient.Response supervisor = new ApiClient(port).as("gd-office").post(DrawApi.BASE, valid);
        assertThat(supervisor.status()).as(supervisor.body()).isEqualTo(201);
        assertThat(supervisor.json().get("organ").asString()).isEqualTo("guangdong");
        assertThat(new ApiClient(port).get(DrawApi.BASE + "/99999999").status()).isEqualTo(404);
        assertThat(new ApiClient(port).get(DrawApi.BASE + "/abc").status()).isEqualTo(404);
        assertThat(new ApiClient(port).status("/registers/random-inspections/draws/99999999")).isEqualTo(404);
    }

    @Test
    void theConsoleFormKeepsWhatWasTypedOnARefusalAndPublishesADraw() {
        ConsoleSession console = ConsoleSession.login("http://localhost:" + port, "sat-publisher", ApiClient.DEMO_PASSWORD);
        String page = "/console/registers/random-inspections/draws";
        assertThat(console.get(page).status()).isEqualTo(200);
        String pool = "纳税人甲\n纳税人乙\n纳税人甲\n";
        ApiClient.Response refused = console.form(page, page, "title=" + enc("十二月抽查") + "&pool=" + enc(pool)
                + "&count=2&sources=" + enc("3 15 22\n9 x"));
        assertThat(refused.status()).isEqualTo(200);
        Document form = Jsoup.parse(refused.body());
        assertThat(form.getElementById("d-title").val()).isEqualTo("十二月抽查");
        assertThat(form.getElementById("d-pool").val().replace("\r", "").strip()).isEqualTo(pool.strip());
        assertThat(form.getElementById("d-sources-error").text()).contains("第2行", "x");

        ApiClient.Response made = console.form(page, page, "title=" + enc("十二月抽查") + "&pool=" + enc("纳税人甲\n纳税人乙\n纳税人丙")
                + "&count=2&sources=" + enc("3 15 22\n9, 4"));
        assertThat(made.status()).as(made.body()).isEqualTo(302);
        String location = made.header("Location");
        assertThat(location).contains("/registers/random-inspections/draws/");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonNode draw = new ApiClient(port).get(DrawApi.BASE + "/" + id).json();
        assertThat(draw.get("key").asString()).isEqualTo("3.15.22./4.9./");
        assertThat(draw.get("selected").size()).isEqualTo(2);
        assertThat(Jsoup.parse(console.get(page).body()).select("#draws a[href$=/draws/" + id + "]")).hasSize(1);
        assertThat(ConsoleSession.login("http://localhost:" + port, "sat-drafter", ApiClient.DEMO_PASSWORD).get(page).status())
                .isEqualTo(403);
    }

    private static void assertRefused(ApiClient.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).as(r.body()).contains(field);
    }

    private long draws() {
        return jdbc.sql("select count(*) from register_draw").query(Long.class).single();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
