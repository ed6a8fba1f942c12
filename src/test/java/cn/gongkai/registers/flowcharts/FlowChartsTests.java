package cn.gongkai.registers.flowcharts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import cn.gongkai.registers.types.FlowStep;

/**
 * Flow charts from FlowStep data: well-formed SVG (parsed here) that names itself and reads the
 * whole flow, each step as real text, a branch's outcomes side by side, a loop back drawn without
 * breaking the layers, and the text alternative's sentences in both languages.
 */
class FlowChartsTests {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    static FlowCharts charts() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/registers/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new FlowCharts(messages);
    }

    /** 受理 → 审查 → 准予 | 不予; 不予 ends, 准予 → 送达; the licensing procedure of a typical guide. */
    static final List<FlowStep> LICENCE = List.of(
            new FlowStep("受理", "办税服务厅", "申请材料齐全、符合法定形式", "即时", List.of()),
            new FlowStep("审查", "法制科", "审查申请材料的实质内容，必要时核查", "10个工作日", List.of(2, 3)),
            new FlowStep("准予许可", "局领导", null, "5个工作日", List.of(4)),
            new FlowStep("不予许可并说明理由", "局领导", "告知申请人享有依法申请行政复议或者提起行政诉讼的权利", null, List.of(5)),
            new FlowStep("送达决定书", "办税服务厅", null, "10个工作日", List.of()),
            new FlowStep("办结归档", null, null, null, List.of()));

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void theSvgIsWellFormedNamesItselfAndHoldsEveryStepAsText() throws Exception {
        Document doc = parse(charts().svg(LICENCE, ZH, "税务行政许可", "lic"));
        Element svg = doc.getDocumentElement();
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("lic-title");
        assertThat(svg.getAttribute("aria-describedby")).isEqualTo("lic-desc");
        Element title = (Element) svg.getElementsByTagNameNS("*", "title").item(0);
        assertThat(title.getAttribute("id")).isEqualTo("lic-title");
        assertThat(title.getTextContent()).isEqualTo("税务行政许可流程图");
        String desc = svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
        assertThat(desc).startsWith("共6步。").contains("第2步 审查", "承办：法制科", "时限：10个工作日",
                "要求：审查申请材料的实质内容", "下一步：第3步或第4步", "第6步 办结归档；办结。");
        String all = String.join("", texts(doc));
        for (FlowStep s : LICENCE) {
            assertThat(all).contains(s.name().substring(0, Math.min(2, s.name().length())));
        }
        assertThat(texts(doc)).contains("第1步 受理", "承办：办税服务厅", "时限：即时");
    }

    @Test
    void aBranchPutsItsOutcomesSideBySideAndTheFlowJoinsAgainBelow() throws Exception {
        Document doc = parse(charts().svg(LICENCE, ZH, null, "flow"));
        NodeList rects = doc.getElementsByTagNameNS("*", "rect");
        assertThat(rects.getLength()).isEqualTo(6);
        Element grant = (Element) rects.item(2);
        Element refuse = (Element) rects.item(3);
        assertThat(grant.getAttribute("y")).isEqualTo(refuse.getAttribute("y"));
        assertThat(Integer.parseInt(grant.getAttribute("x"))).isLessThan(Integer.parseInt(refuse.getAttribute("x")));
        Element review = (Element) rects.item(1);
        Element archive = (Element) rects.item(5);
        assertThat(Integer.parseInt(archive.getAttribute("y"))).isGreaterThan(Integer.parseInt(grant.getAttribute("y")));
        assertThat(Integer.parseInt(grant.getAttribute("y"))).isGreaterThan(Integer.parseInt(review.getAttribute("y")));
        // 6 links: 0→1, 1→2, 1→3, 2→4, 3→5, 4→5, each a path with the arrow
        NodeList paths = doc.getElementsByTagNameNS("*", "path");
        int arrows = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            if (((Element) paths.item(i)).getAttribute("marker-end").equals("url(#flow-arrow)")) {
                arrows++;
            }
        }
        assertThat(arrows).isEqualTo(6);
    }

    @Test
    void aLoopBackToAnEarlierStepIsDrawnBesideTheChart() throws Exception {
        List<FlowStep> steps = List.of(new FlowStep("受理", null, null, null, List.of()),
                new FlowStep("补正材料", "申请人", null, "5日", List.of(0, 2)), new FlowStep("决定", null, null, null, List.of()));
        Document doc = parse(charts().svg(steps, ZH, null, "flow"));
        Element svg = doc.getDocumentElement();
        int width = Integer.parseInt(svg.getAttribute("width"));
        assertThat(width).isGreaterThan(2 * FlowCharts.MARGIN + FlowCharts.NODE_W);
        assertThat(svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent()).contains("第2步 补正材料", "下一步：第1步或第3步");
    }

    @Test
    void markupInTheDataIsEscapedAndTheChartStillParses() throws Exception {
        List<FlowStep> steps = List.of(new FlowStep("<script>alert(1)</script> & \"引号\"", "A&B", null, null, List.of()));
        String svg = charts().svg(steps, ZH, null, "flow");
        assertThat(svg).doesNotContain("<script>");
        assertThat(texts(parse(svg))).anyMatch(t -> t.contains("<script>"));
    }

    @Test
    void theTextAlternativeSaysWhatFollowsEachStepInEitherLanguage() {
        FlowCharts.FlowChart chart = charts().chart(LICENCE, "flowchart-1", ZH, null);
        assertThat(chart.steps()).extracting(FlowCharts.StepText::next).containsExactly("下一步：第2步", "下一步：第3步或第4步",
                "下一步：第5步", "下一步：第6步", "下一步：第6步", "办结");
        assertThat(chart.steps().get(0).requirements()).isEqualTo("申请材料齐全、符合法定形式");
        assertThat(chart.svg()).contains("id=\"flowchart-1-title\"");
        FlowCharts.FlowChart english = charts().chart(LICENCE, "f", Locale.ENGLISH, "Licence");
        assertThat(english.steps().get(1).next()).isEqualTo("next: Step 3 or Step 4");
        assertThat(english.svg()).contains("Unit: 法制科", "Flow chart: Licence");
    }

    @Test
    void stepsAsARowHoldsThemInJsonDrawTheSameChartAndBadJsonDrawsNone() {
        String json = "[{\"name\":\"受理\",\"unit\":\"办税服务厅\",\"timeLimit\":\"即时\"},"
                + "{\"name\":\"决定\",\"requirements\":\"依法作出\",\"next\":[]}]";
        FlowCharts.FlowChart chart = charts().chart(json, "c", ZH, null);
        assertThat(chart.steps()).extracting(FlowCharts.StepText::name).containsExactly("受理", "决定");
        assertThat(chart.steps().get(1).requirements()).isEqualTo("依法作出");
        assertThat(charts().chart("not json", "c", ZH, null).isEmpty()).isTrue();
        assertThat(charts().chart(null, "c", ZH, null).isEmpty()).isTrue();
        assertThat(charts().chart("{\"name\":\"x\"}", "c", ZH, null).isEmpty()).isTrue();
    }

    @Test
    void aLongNameWrapsWithinItsBoxAndEndsInAnEllipsisBeyondThreeLines() {
        List<String> lines = TextWrap.wrap("对申请人提交的申请材料进行实质审查并根据需要指派两名以上工作人员进行实地核查然后提出审查意见报局领导审批", 220, 3);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).endsWith("…");
        lines.forEach(l -> assertThat(l.codePoints().mapToDouble(TextWrap::width).sum()).isLessThanOrEqualTo(220));
        assertThat(TextWrap.wrap("Acceptance of the application form", 150, 3)).containsExactly("Acceptance of the",
                "application form");
    }
}
