package cn.gongkai.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.gongkai.organization.Organization;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DemoContentWebTests {

    @LocalServerPort
    int port;
    @Autowired
    PublishedRecords published;
    @Autowired
    Organization organization;

    @Test
    void publishesTheImplementationMeasuresCleanInTheirCatalogueEntry() {
        PublicRecord.Summary measures = published.list(organization.sat(), 1, 200).items().stream()
                .filter(s -> "税总发〔2017〕44号".equals(s.documentNumber())).findFirst().orElseThrow();
        PublicRecord record = published.find(measures.id()).orElseThrow();
        assertThat(record.writtenOn()).hasToString("2017-04-27");
        assertThat(record.catalogEntry()).isEqualTo("12.01 政务公开制度");
        assertThat(record.body()).contains("推行“互联网+政务服务”", "<h2>全面推进政务公开工作实施办法</h2>",
                "<h3>七、加强政务公开全过程管理</h3>").doesNotContain("@@", "乐动安卓", "app");
        String page = new Api(port).get(null, "/records/" + measures.id()).body();
        assertThat(page).contains("税总发〔2017〕44号", "2017-04-27", record.indexNumber()).doesNotContain("@@", "乐动");
    }

    @Test
    void documentsTheRecordsApiInOpenApi() {
        String doc = new Api(port).get(null, "/v3/api-docs").body();
        assertThat(doc).contains("/api/v1/records", "/api/v1/records/{id}/submit", "/api/v1/records/{id}/review",
                "/api/v1/records/{id}/publish", "/api/v1/records/{id}/revise", "/api/v1/records/{id}/withdraw",
                "ATTRIBUTE_MISSING");
    }

    @Test
    void publishesANormativeDocumentTogetherWithItsInterpretation() {
        PublicRecord.Summary policy = published.list(organization.sat(), 1, 200).items().stream()
                .filter(s -> s.type() == RecordType.NORMATIVE_DOCUMENT && s.title().contains("演示数据")).findFirst()
                .orElseThrow();
        PublicRecord record = published.find(policy.id()).orElseThrow();
        assertThat(record.interpretations()).singleElement().satisfies(i -> {
            PublicRecord interpretation = published.find(i.id()).orElseThrow();
            assertThat(interpretation.policy().id()).isEqualTo(policy.id());
            assertThat(interpretation.publishedAt()).isEqualTo(record.publishedAt());
        });
    }
}
