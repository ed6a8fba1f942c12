package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.awaitility.Awaitility;

import cn.gongkai.support.ApiClient;
import tools.jackson.databind.JsonNode;

/** Test fixtures that read as sentences: publish a record through the real workflow, search, wait for the index. */
final class SearchFixtures {

    private final ApiClient anonymous;
    private final ApiClient drafter;
    private final ApiClient office;

    SearchFixtures(int port) {
        this.anonymous = new ApiClient(port);
        this.drafter = anonymous.as("sat-drafter");
        this.office = anonymous.as("sat-office");
    }

    ApiClient anonymous() {
        return anonymous;
    }

    /** SAT publishes a record of type OTHER in catalogue entry 12.01 through draft, review and publication. */
    long satPublishes(String title, String documentNumber, String body, String writtenOn) {
        return satPublishes(title, documentNumber, body, writtenOn, null, null);
    }

    /** {@link #satPublishes(String, String, String, String)} with one attached file uploaded to the draft. */
    long satPublishes(String title, String documentNumber, String body, String writtenOn, String fileName, byte[] file) {
        String json = """
                {"organ":"sat","title":"%s","type":"OTHER",%s"topic":"政务公开","catalogEntry":"12.01",
                 "attribute":"PROACTIVE","validity":"IN_FORCE","writtenOn":"%s","body":"%s"}"""
                .formatted(title, documentNumber == null ? "" : "\"documentNumber\":\"" + documentNumber + "\",",
                        writtenOn, body);
        ApiClient.Response created = drafter.post("/api/v1/records", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        if (file != null) {
            ApiClient.Response up = drafter.upload("/api/v1/records/" + id + "/attachments", fileName, file);
            assertThat(up.status()).as(up.body()).isEqualTo(201);
        }
        assertThat(drafter.post("/api/v1/records/" + id + "/submit", "").status()).isEqualTo(200);
        String state = "SUBMITTED";
        for (int i = 0; i < 4 && !state.equals("APPROVED"); i++) {
            ApiClient.Response r = office.post("/api/v1/records/" + id + "/review",
                    "{\"decision\":\"approve\",\"reason\":\"同意\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            state = r.json().get("state").asString();
        }
        // separation of duties: the reviewer does not publish what they reviewed
        ApiClient.Response published = anonymous.as("sat-publisher").post("/api/v1/records/" + id + "/publish", "{}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    ApiClient.Response withdraw(long id, String reason) {
        return office.post("/api/v1/records/" + id + "/withdraw", "{\"reason\":\"" + reason + "\"}");
    }

    /** The public API's answer for a query string such as {@code q=...&type=OTHER} (values not yet encoded). */
    JsonNode search(String q, String more) {
        ApiClient.Response r = anonymous.get("/api/v1/public/search?q=" + encode(q) + (more.isEmpty() ? "" : "&" + more));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    boolean finds(long id, String q, String more) {
        for (JsonNode hit : search(q, more).get("hits")) {
            if (hit.get("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }

    /** Waits (bounded) until the asynchronous index update has made the record findable. */
    void awaitFound(long id, String q) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> finds(id, q, ""));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
