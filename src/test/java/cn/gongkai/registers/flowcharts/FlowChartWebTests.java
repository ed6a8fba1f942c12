package cn.gongkai.registers.flowcharts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import cn.gongkai.organization.Organization;
import cn.gongkai.registers.rows.RowStore;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

/**
 * Flow charts and service guides of rows entered through RowStore, over real HTTP: the SVG file
 * parses and names the item, the flow page shows the chart with its text alternative, the guide
 * reads in a guide's order; rows the public may not read, registers without steps and unknown
 * ids answer 404.
 */
@WebTest
class FlowChartWebTests {

    @LocalServerPort
    int port;
    @Autowired
    RowStore rows;
    @Autowired
    Organization organization;

    RegisterRowsFixture fixture;
    ApiClient anonymous;

    @BeforeEach
    void setUp() {
        fixture = new RegisterRowsFixture(rows, organization);
        anonymous = new ApiClient(port);
    }

    @Test
    void aPublishedPowerItemsFlowChartIsAnSvgFileThatNamesTheItemAndHoldsEveryStep() throws Exception {
        long id = fixture.power("增值税专用发票最高开票限额审批", true);
        HttpResponse<byte[]> r = anonymous.bytes("/registers/powers/rows/" + id + "/flow.svg");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document svg = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("增值税专用发票最高开票限额审批流程图");
        List<String> texts = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertThat(texts).contains("第1步 受理", "第4步 不予许可并说明理由", "承办：法制科", "时限：10个工作日");
        assertThat(root.getElementsByTagNameNS("*", "desc").item(0).getTextContent()).contains("下一步：第3步或第4步");
    }

    @Test
    void theFlowPageShowsTheChartAndItsTextAlternative() {
        long id = fixture.power("发票领用核定", true);
        Document page = anonymous.page("/registers/powers/rows/" + id + "/flow");
        assertThat(page.select("figure.flow-chart svg[role=img]")).hasSize(1);
        String labelledBy = page.selectFirst("figure.flow-chart svg").attr("aria-labelledby");
        assertThat(page.getElementById(labelledBy).text()).isEqualTo("发票领用核定流程图");
        assertThat(page.select("figure.flow-chart ol.flow-steps > li")).hasSize(6);
        assertThat(page.select("figure.flow-chart ol.flow-steps > li").get(1).text()).contains("审查", "法制科",
                "审查申请材料的实质内容", "10个工作日", "下一步：第3步或第4步");
        assertThat(page.select("a[href=/registers/powers/rows/" + id + "/flow.svg?field=steps]")).hasSize(1);
        assertThat(page.select("a#flow-row").attr("href")).isEqualTo("/registers/powers/rows/" + id);
    }

    @Test
    void theLicensingGuideReadsInAGuidesOrderWithItsChartMaterialsAndSample() {
        long id = fixture.licensing("增值税专用发票（增值税税控系统）最高开票限额审批");
        Document page = anonymous.page("/registers/licensing/rows/" + id + "/guide");
        assertThat(page.select("dl.guide-parts > dt").eachText()).containsExactly("设定依据", "许可条件", "数量限制",
                "办理程序", "办理时限", "申请材料", "申请书示范文本", "收费标准", "实施机关", "办理地点", "咨询电话");
        assertThat(page.select("ul.guide-materials li").eachText()).containsExactly("《税务行政许可申请表》",
                "《增值税专用发票最高开票限额申请单》", "经办人身份证件");
        assertThat(page.select("section.service-guide a[href=https://www.chinatax.gov.cn/sample/xk-001.docx]")).hasSize(1);
        assertThat(page.select("section.service-guide figure.flow-chart svg[role=img]")).hasSize(1);
        assertThat(page.select("dl.guide-parts > dd").get(0).select("p")).hasSize(2);
        assertThat(page.select("dl.guide-parts > dt").eachText()).doesNotContain("—");
        assertThat(anonymous.status("/registers/powers/rows/" + fixture.power("无服务指南的权力事项", true) + "/guide")).isEqualTo(404);
    }

    @Test
    void theFlowAndGuidePagesReadInEnglishWithoutARawKey() {
        long power = fixture.power("发票核定（英文页面）", true);
        long licence = fixture.licensing("最高开票限额审批（英文页面）");
        for (String path : new String[] { "/registers/powers/rows/" + power + "/flow?lang=en",
                "/registers/licensing/rows/" + licence + "/guide?lang=en" }) {
            Document page = anonymous.page(path);
            assertThat(page.text()).as(path).doesNotContain("??", "registers.").contains("Step 2", "Handling unit");
        }
        assertThat(anonymous.page("/registers/licensing/rows/" + licence + "/guide?lang=en").select("dl.guide-parts > dt")
                .eachText()).startsWith("Legal basis", "Conditions");
    }

    @Test
    void rowsThePublicMayNotReadAndRegistersWithoutStepsAnswer404() {
        long draft = fixture.power("尚未公开的权力事项", false);
        long published = fixture.power("已公开的权力事项", true);
        assertThat(anonymous.status("/registers/powers/rows/" + draft + "/flow.svg")).isEqualTo(404);
        assertThat(anonymous.status("/registers/powers/rows/" + draft + "/flow")).isEqualTo(404);
        assertThat(anonymous.status("/registers/licensing/rows/" + published + "/flow.svg")).isEqualTo(404);
        assertThat(anonymous.status("/registers/a-grade-taxpayers/rows/" + published + "/flow.svg")).isEqualTo(404);
        assertThat(anonymous.status("/registers/no-such-register/rows/" + published + "/flow.svg")).isEqualTo(404);
        assertThat(anonymous.status("/registers/powers/rows/abc/flow.svg")).isEqualTo(404);
        assertThat(anonymous.status("/registers/powers/rows/" + published + "/flow.svg?field=name")).isEqualTo(404);
        assertThat(anonymous.status("/registers/powers/rows/" + published + "/flow.svg")).isEqualTo(200);
    }
}
