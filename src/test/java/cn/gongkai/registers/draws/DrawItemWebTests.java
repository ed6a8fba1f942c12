package cn.gongkai.registers.draws;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.organization.Organization;
import cn.gongkai.registers.flowcharts.RegisterRowsFixture;
import cn.gongkai.registers.rows.RowStore;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.WebTest;

/**
 * Draws for an inspection item (随机抽查事项) of random-inspections: the draw names the item and its
 * organ, the item lists its draws, only a published item of one's own organ (or below a
 * supervisor's) takes one, and the console offers the items one may draw for.
 */
@WebTest
class DrawItemWebTests {

    @LocalServerPort
    int port;
    @Autowired
    RowStore rows;
    @Autowired
    Organization organization;
    @Autowired
    InspectionDraws draws;

    @Test
    void aDrawForAnInspectionItemIsListedWithTheItemAndLinksBackToIt() {
        RegisterRowsFixture fixture = new RegisterRowsFixture(rows, organization);
        long item = fixture.inspection("增值税发票使用情况检查", true);
        ApiClient publisher = new ApiClient(port).as("sat-publisher");
        ApiClient.Response made = publisher.post(DrawApi.BASE, "{\"title\":\"2026年第四季度发票检查抽取\",\"rowId\":" + item
                + ",\"pool\":[\"91110000100000001A\",\"91110000100000002B\",\"91110000100000003C\",\"91110000100000004D\"],"
                + "\"count\":2,\"sources\":[[3,15,22,27,29,31],[8]]}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long id = made.json().get("id").asLong();
        assertThat(made.json().get("rowId").asLong()).isEqualTo(item);
        assertThat(made.json().get("organ").asString()).isEqualTo("sat");
        assertThat(draws.forRow(item)).extracting(InspectionDraw.Line::id).containsExactly(id);
        Document page = new ApiClient(port).page("/registers/random-inspections/draws/" + id);
        assertThat(page.select("a#draw-item").attr("href")).isEqualTo("/registers/random-inspections/rows/" + item);
        // the item's list of draws (the fragment registers/draws :: list(rowId) its page includes)
        assertThat(page.select("section.register-draws li a[href=/registers/random-inspections/draws/" + id + "]").text())
                .isEqualTo("2026年第四季度发票检查抽取");
        assertThat(page.select("section.register-draws li code").text()).isEqualTo("3.15.22.27.29.31./8./");

        ConsoleSession console = ConsoleSession.login("http://localhost:" + port, "sat-publisher", ApiClient.DEMO_PASSWORD);
        Document form = org.jsoup.Jsoup.parse(console.get("/console/registers/random-inspections/draws").body());
        assertThat(form.select("#d-row option[value=" + item + "]").text()).contains("增值税发票使用情况检查");
    }

    @Test
    void aDraftItemOrAnotherOrgansItemTakesNoDraw() {
        RegisterRowsFixture fixture = new RegisterRowsFixture(rows, organization);
        long draft = fixture.inspection("尚未公开的抽查事项", false);
        long satItem = fixture.inspection("总局的抽查事项", true);
        String body = ",\"pool\":[\"甲\",\"乙\"],\"count\":1,\"sources\":[[5]]}";
        ApiClient.Response refused = new ApiClient(port).as("sat-publisher").post(DrawApi.BASE, "{\"rowId\":" + draft + body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("rowId");
        assertThat(new ApiClient(port).as("gd-publisher").post(DrawApi.BASE, "{\"rowId\":" + satItem + body).status())
                .isEqualTo(403);
        assertThat(draws.forRow(draft)).isEmpty();
        assertThat(draws.forRow(satItem)).isEmpty();
    }
}
