package cn.gongkai.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

/**
 * Issue 10 A.3: attachments belong to an edition. A file added to a revision draft is not public
 * before the revision is reviewed and published; a file removed in the draft stays on the live
 * page and downloadable until then; after the publication the public sees the draft's set only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AttachmentEditionWebTests {

    static final byte[] PDF_A = "%PDF-1.4\n% file A\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
    static final byte[] PDF_B = "%PDF-1.4\n% file B\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aRevisionDraftsFilesStayOutOfThePublishedEditionUntilItIsPublished() {
        long id = api.post("sat-drafter", "/api/v1/records", Api.draft("附件随版本发布")).id();
        long a = upload(id, "原附件A.pdf", PDF_A);
        publish(id);
        String pathA = path(a, "原附件A.pdf");
        assertThat(api.get(null, pathA).raw().body()).isEqualTo(PDF_A);

        Api.Answer revised = api.post("sat-drafter", "/api/v1/records/" + id + "/revise", Map.of("changeNote", "更换附件"));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        long b = upload(id, "新附件B.pdf", PDF_B);
        String pathB = path(b, "新附件B.pdf");
        Api.Answer removed = api.delete("sat-drafter", "/api/v1/records/" + id + "/attachments/" + a);
        assertThat(removed.status()).as(removed.body()).isBetween(200, 204);

        // the draft holds B only; the live edition still holds A, and B is not public
        assertThat(names(api.get("sat-drafter", "/api/v1/records/" + id).json())).containsExactly("新附件B.pdf");
        String page = api.get(null, "/records/" + id).body();
        assertThat(page).contains("/files/" + a + "/", "原附件A.pdf").doesNotContain("/files/" + b + "/", "新附件B.pdf");
        assertThat(names(api.get(null, "/api/v1/public/records/" + id).json())).containsExactly("原附件A.pdf");
        assertThat(api.get(null, pathA).status()).isEqualTo(200);
        assertThat(api.get(null, pathA).raw().body()).isEqualTo(PDF_A);
        assertThat(api.get(null, pathB).status()).isEqualTo(404);
        // the draft's files can be replaced without reaching the live edition either
        assertThat(api.delete("sat-drafter", "/api/v1/records/" + id + "/attachments/" + a).status())
                .as("A is no longer in the draft").isEqualTo(404);

        publish(id);
        page = api.get(null, "/records/" + id).body();
        assertThat(page).contains("/files/" + b + "/", "新附件B.pdf").doesNotContain("/files/" + a + "/", "原附件A.pdf");
        assertThat(names(api.get(null, "/api/v1/public/records/" + id).json())).containsExactly("新附件B.pdf");
        assertThat(api.get(null, pathB).raw().body()).isEqualTo(PDF_B);
        assertThat(api.get(null, pathA).status()).as("the replaced file of the old edition").isEqualTo(404);
        // staff keep the old edition's file
        cn.gongkai.support.ConsoleSession office = cn.gongkai.support.ConsoleSession.login("http://localhost:" + port,
                "sat-office", Api.PASSWORD);
        assertThat(office.get("/console/records/" + id + "/attachments/" + a).status()).isEqualTo(200);
    }

    @Test
    void aFileAddedAndRemovedInTheSameDraftIsGoneAndTheFirstEditionKeepsItsFiles() {
        long id = api.post("sat-drafter", "/api/v1/records", Api.draft("草稿内增删附件")).id();
        long a = upload(id, "保留.pdf", PDF_A);
        long gone = upload(id, "误传.pdf", PDF_B);
        assertThat(api.delete("sat-drafter", "/api/v1/records/" + id + "/attachments/" + gone).status()).isBetween(200, 204);
        assertThat(names(api.get("sat-drafter", "/api/v1/records/" + id).json())).containsExactly("保留.pdf");
        publish(id);
        assertThat(names(api.get(null, "/api/v1/public/records/" + id).json())).containsExactly("保留.pdf");
        assertThat(api.get(null, path(gone, "误传.pdf")).status()).isEqualTo(404);
        assertThat(api.get(null, path(a, "保留.pdf")).status()).isEqualTo(200);
        // a revision starts from the published edition's files
        api.post("sat-drafter", "/api/v1/records/" + id + "/revise", Map.of("changeNote", "仅修改正文"));
        assertThat(names(api.get("sat-drafter", "/api/v1/records/" + id).json())).containsExactly("保留.pdf");
        publish(id);
        assertThat(names(api.get(null, "/api/v1/public/records/" + id).json())).containsExactly("保留.pdf");
        assertThat(api.get(null, path(a, "保留.pdf")).status()).isEqualTo(200);
    }

    private long upload(long id, String name, byte[] bytes) {
        Api.Answer up = api.upload("sat-drafter", "/api/v1/records/" + id + "/attachments", name, bytes);
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        return up.id();
    }

    private void publish(long id) {
        assertThat(api.post("sat-drafter", "/api/v1/records/" + id + "/submit", null).status()).isEqualTo(200);
        for (int i = 0; i < 3 && !"APPROVED".equals(api.get("sat-office", "/api/v1/records/" + id).text("state")); i++) {
            api.post("sat-office", "/api/v1/records/" + id + "/review", Map.of("decision", "approve"));
        }
        Api.Answer p = api.post("sat-publisher", "/api/v1/records/" + id + "/publish", null);
        assertThat(p.text("state")).as(p.body()).isEqualTo("PUBLISHED");
    }

    private static String path(long attachment, String name) {
        return "/files/" + attachment + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode record) {
        return StreamSupport.stream(record.get("attachments").spliterator(), false)
                .map(n -> n.get("fileName").asString()).toList();
    }
}
