package cn.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.gongkai.support.MutableClock;
import tools.jackson.databind.JsonNode;

/** Identity documents of art. 29(一) through the public API and form: validated, kept from the public. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(RequestsTestConfig.class)
class IdentityDocumentWebTests {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    RequestsHttp http;

    @BeforeEach
    void setUp() {
        http = new RequestsHttp(port);
        clock.set(Instant.parse("2025-09-24T02:00:00Z"));
    }

    HttpResponse<String> apply(String document, String number) {
        Map<String, Object> app = RequestApplicationWebTests.application("guangdong", "2025年广东省增值税留抵退税统计");
        app.put("idDocument", document);
        app.put("idNumber", number);
        return http.postJson("/api/v1/public/requests", app, null);
    }

    @Test
    void aHongKongResidentAppliesWithTheMainlandTravelPermitAndOnlyStaffSeeIt() {
        HttpResponse<String> created = apply("HK_MACAO_PERMIT", "H12345678");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String code = RequestsHttp.json(created).get("trackingCode").asString();
        String token = http.token("gd-office");
        long id = 0;
        for (JsonNode row : RequestsHttp.json(http.get("/api/v1/requests?state=ALL", token)).get("rows")) {
            if (row.get("trackingCode").asString().equals(code)) {
                id = row.get("id").asLong();
            }
        }
        JsonNode staff = RequestsHttp.json(http.get("/api/v1/requests/" + id, token));
        assertThat(staff.get("idDocument").asString()).isEqualTo("HK_MACAO_PERMIT");
        assertThat(staff.get("applicant").get("idNumber").asString()).isEqualTo("H12345678");
        assertThat(http.get("/api/v1/public/requests/" + code, null).body()).doesNotContain("H12345678",
                "HK_MACAO_PERMIT");
        assertThat(http.get("/requests/track/" + code.replace("-", ""), null).body()).doesNotContain("H12345678");
    }

    @Test
    void eachDocumentIsValidatedWithItsOwnMessage() {
        Map<String, String> wrong = Map.of("PASSPORT", "护照号码无效", "HK_MACAO_PERMIT", "港澳居民来往内地通行证号码无效",
                "TAIWAN_PERMIT", "台湾居民来往大陆通行证号码无效", "HMT_RESIDENCE_PERMIT", "港澳台居民居住证号码无效",
                "PERMANENT_RESIDENCE", "外国人永久居留身份证号码无效", "RESIDENT_ID", "居民身份证号码无效");
        wrong.forEach((document, message) -> {
            HttpResponse<String> r = apply(document, "K12");
            assertThat(r.statusCode()).isEqualTo(400);
            JsonNode body = RequestsHttp.json(r);
            assertThat(body.get("errors").findValuesAsString("field")).containsExactly("idNumber");
            assertThat(body.toString()).contains(message);
        });
        assertThat(apply("TAIWAN_PERMIT", "12345678").statusCode()).isEqualTo(201);
        assertThat(apply("PASSPORT", "e12345678").statusCode()).isEqualTo(201);
        assertThat(apply("PERMANENT_RESIDENCE", "USA110085061201").statusCode()).isEqualTo(201);
        assertThat(apply("HMT_RESIDENCE_PERMIT", IdentityDocumentTests.gb11643("83000019851215002")).statusCode())
                .isEqualTo(201);
        HttpResponse<String> unknown = apply("DRIVING_LICENCE", "12345678");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(RequestsHttp.json(unknown).get("errors").findValuesAsString("field")).contains("idDocument");
    }

    @Test
    void theFormOffersTheDocumentsWithTheResidentIdCardFirstAndShowsTheErrorBesideTheNumber() {
        String form = http.get("/requests/new", null).body();
        assertThat(form).contains("id=\"idDocument\"", "value=\"PASSPORT\"", "回乡证", "台胞证", "外国人永久居留身份证");
        assertThat(form).containsPattern("<option value=\"RESIDENT_ID\" selected");
        HttpResponse<String> sent = http.postForm("/requests/new", "/requests/new", Map.ofEntries(
                Map.entry("applicantType", "NATURAL_PERSON"), Map.entry("name", "陈大文"),
                Map.entry("idDocument", "TAIWAN_PERMIT"), Map.entry("idNumber", "1234"),
                Map.entry("phone", "13912345678"), Map.entry("organ", "guangdong"),
                Map.entry("description", "2025年广东省增值税留抵退税统计"), Map.entry("form", "ELECTRONIC"),
                Map.entry("delivery", "ONLINE")));
        assertThat(sent.statusCode()).isEqualTo(400);
        assertThat(sent.body()).contains("id=\"idNumber-error\"", "台湾居民来往大陆通行证号码无效");
        assertThat(sent.body()).containsPattern("<option value=\"TAIWAN_PERMIT\" selected");
    }
}
