package cn.gongkai.registers.flowcharts;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.registers.rows.RowStore;

/**
 * Rows with flow steps, entered through the real RowStore as staff enter them: a power item
 * (权责清单) with a branching flow, a licensing item with its service guide, an inspection item.
 */
public record RegisterRowsFixture(RowStore rows, Organization organization) {

    /** 受理 → 审查 → 准予 | 不予 → 送达 → 归档, as a STEPS value. */
    public static final String STEPS = """
            [{"name":"受理","unit":"办税服务厅","requirements":"申请材料齐全、符合法定形式","timeLimit":"即时"},
             {"name":"审查","unit":"法制科","requirements":"审查申请材料的实质内容","timeLimit":"10个工作日","next":[2,3]},
             {"name":"准予许可","unit":"局领导","timeLimit":"5个工作日","next":[4]},
             {"name":"不予许可并说明理由","unit":"局领导","requirements":"告知申请行政复议或者提起行政诉讼的权利","next":[5]},
             {"name":"送达决定书","unit":"办税服务厅","timeLimit":"10个工作日"},
             {"name":"办结归档"}]""";

    public StaffMember satPublisher() {
        return organization.staffByUsername("sat-office").orElseThrow();
    }

    public long sat() {
        return organization.sat().getId();
    }

    public long power(String name, boolean publish) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("itemCode", "SWQL-" + Math.abs(name.hashCode()));
        v.put("name", name);
        v.put("category", "LICENSING");
        v.put("basis", "《中华人民共和国税收征收管理法》");
        v.put("subject", "sat");
        v.put("responsibilities", "受理责任、审查责任、决定责任、送达责任");
        v.put("steps", STEPS);
        v.put("phone", "010-63417114");
        return rows.create("powers", sat(), v, publish, satPublisher());
    }

    public long licensing(String name) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("itemCode", "SWXK-" + Math.abs(name.hashCode()));
        v.put("name", name);
        v.put("basis", "《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）\n附件第236项");
        v.put("conditions", "已办理税务登记并开具增值税专用发票的纳税人");
        v.put("quantity", "无数量限制");
        v.put("procedure", STEPS);
        v.put("timeLimit", "20个工作日");
        v.put("materials", "[\"《税务行政许可申请表》\",\"《增值税专用发票最高开票限额申请单》\",\"经办人身份证件\"]");
        v.put("sampleUrl", "https://www.chinatax.gov.cn/sample/xk-001.docx");
        v.put("fee", "不收费");
        v.put("organ", "sat");
        v.put("place", "各级税务机关办税服务厅");
        v.put("phone", "12366");
        return rows.create("licensing", sat(), v, true, satPublisher());
    }

    public long inspection(String name, boolean publish) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("itemName", name);
        v.put("basis", "《中华人民共和国税收征收管理法》第五十四条");
        v.put("subject", "sat");
        v.put("objects", "辖区内登记户");
        v.put("content", "纳税申报、发票使用情况");
        v.put("method", "双随机抽取，实地检查");
        v.put("frequency", "每年抽取3%");
        return rows.create("random-inspections", sat(), v, publish, satPublisher());
    }
}
