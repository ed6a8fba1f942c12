package cn.gongkai.registers.flowcharts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The licensing service guide reads a row's public values in a guide's order, each as what it is. */
class ServiceGuidesTests {

    @Test
    void theGuideReadsInAGuidesOrderWithMaterialsAsAListAndTheProcedureAsAChart() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("phone", "020-12366");
        values.put("materials", "[\"《税务行政许可申请表》\",\"经办人身份证件\"]");
        values.put("name", "增值税防伪税控系统最高开票限额审批");
        values.put("itemCode", "SWXK-001");
        values.put("procedure", "[{\"name\":\"受理\"}]");
        values.put("basis", "《国务院对确需保留的行政审批项目设定行政许可的决定》\n第236项");
        values.put("quantity", " ");
        values.put("sampleUrl", "https://www.example.gov.cn/sample.docx");
        ServiceGuides.ServiceGuide guide = new ServiceGuides().of(values);
        assertThat(guide.name()).isEqualTo("增值税防伪税控系统最高开票限额审批");
        assertThat(guide.entries()).extracting(ServiceGuides.Entry::code).containsExactly("basis", "procedure", "materials",
                "sampleUrl", "phone");
        assertThat(guide.entries().get(0).items()).containsExactly("《国务院对确需保留的行政审批项目设定行政许可的决定》", "第236项");
        assertThat(guide.entries().get(1).kind()).isEqualTo(ServiceGuides.Kind.CHART);
        assertThat(guide.entries().get(2).items()).containsExactly("《税务行政许可申请表》", "经办人身份证件");
        assertThat(guide.entries().get(3).kind()).isEqualTo(ServiceGuides.Kind.LINK);
    }

    @Test
    void onlyAnHttpAddressBecomesALinkAndLinesMakeAListWhenNotJson() {
        ServiceGuides.ServiceGuide guide = new ServiceGuides().of(Map.of("sampleUrl", "javascript:alert(1)",
                "materials", "申请表\n身份证件\n"));
        assertThat(guide.entries()).extracting(ServiceGuides.Entry::kind).containsExactly(ServiceGuides.Kind.LIST,
                ServiceGuides.Kind.TEXT);
        assertThat(guide.entries().get(0).items()).containsExactly("申请表", "身份证件");
        assertThat(new ServiceGuides().of("not a map").entries()).isEmpty();
    }
}
