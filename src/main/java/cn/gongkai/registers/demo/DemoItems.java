package cn.gongkai.registers.demo;

import static cn.gongkai.registers.demo.DemoRow.values;

import java.util.List;

/**
 * The item registers of the demo: two power list items (权责清单) and two licensing items with their
 * service guides (服务指南), each with its flow chart as steps, and two random-inspection items
 * (随机抽查事项). The texts follow the Guangdong bureau's published lists; the steps' time limits
 * are the items' own words, not periods the platform computes.
 */
final class DemoItems {

    static final String GD = "guangdong";
    static final String OFFICE_PHONE = "020-83170000";

    private DemoItems() {
    }

    static List<DemoRow> rows() {
        return List.of(invoiceLimitPower(), filingPenaltyPower(), invoiceLimitGuide(), deferredPaymentGuide(),
                preferentialTreatmentInspection(), invoiceInspection());
    }

    /** The licensing flow: a branch at the decision (准予 / 不予) joining again at delivery. */
    static final String LICENCE_STEPS = """
            [{"name":"受理","unit":"办税服务厅","requirements":"申请材料齐全、符合法定形式的当场受理；不齐全的一次性告知需补正的全部内容","timeLimit":"即时办结","next":[]},
             {"name":"审查","unit":"货物和劳务税处","requirements":"对申请材料进行审查；需要实地核查的，指派两名以上工作人员核查","timeLimit":"10个工作日","next":[]},
             {"name":"决定","unit":"局领导","requirements":"根据审查意见作出准予或者不予行政许可的决定","timeLimit":"审查完毕后即时","next":[3,4]},
             {"name":"准予许可","unit":"货物和劳务税处","requirements":"制作《准予税务行政许可决定书》","timeLimit":"作出决定之日","next":[5]},
             {"name":"不予许可","unit":"货物和劳务税处","requirements":"制作《不予税务行政许可决定书》，说明理由并告知申请人依法申请行政复议或者提起行政诉讼的权利","timeLimit":"作出决定之日","next":[5]},
             {"name":"送达","unit":"办税服务厅","requirements":"将决定书送达申请人；准予许可的在7个工作日内公示","timeLimit":"10个工作日内","next":[]}]""";

    static DemoRow invoiceLimitPower() {
        return DemoRow.published("powers", GD, values(
                "itemCode", "440000-XK-0001",
                "name", "增值税防伪税控系统最高开票限额审批",
                "category", "LICENSING",
                "basis", "《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）附件第236项；《国家税务总局关于调整增值税专用发票最高开票限额审批有关事项的公告》",
                "subject", GD,
                "responsibilities", """
                        1.受理责任：公示应当提交的材料，一次性告知补正材料，依法受理或者不予受理（不予受理的告知理由）。
                        2.审查责任：审查申请材料，需要实地核查的组织核查。
                        3.决定责任：作出准予或者不予行政许可的决定，不予许可的说明理由。
                        4.送达责任：制发并送达决定书，依法公示。
                        5.事后监管责任：对纳税人使用专用发票的情况进行监督检查。""",
                "accountability", """
                        因不履行或者不正确履行行政职责，有下列情形之一的，行政机关及其工作人员应当承担相应责任：
                        1.对符合法定条件的申请不予受理、不予许可或者不在法定期限内作出决定的；
                        2.对不符合法定条件的申请准予许可的；
                        3.索取或者收受他人财物、谋取其他利益的；
                        4.其他违反法律法规规章的行为。""",
                "steps", LICENCE_STEPS,
                "phone", OFFICE_PHONE));
    }

    static DemoRow filingPenaltyPower() {
        return DemoRow.published("powers", GD, values(
                "itemCode", "440000-CF-0012",
                "name", "对纳税人未按照规定期限办理纳税申报和报送纳税资料的处罚",
                "category", "PENALTY",
                "basis", "《中华人民共和国税收征收管理法》第六十二条；《中华人民共和国行政处罚法》第四十四条、第四十五条",
                "subject", GD,
                "responsibilities", """
                        1.立案责任：发现违法行为，予以审查，决定是否立案。
                        2.调查责任：全面、客观、公正地调查，收集证据，调查人员不少于两人。
                        3.审理责任：审查案件事实、证据、依据和处罚意见。
                        4.告知责任：告知拟作出处罚的事实、理由、依据，以及陈述、申辩和要求听证的权利。
                        5.决定责任：制作行政处罚决定书，载明违法事实、依据、处罚内容和救济途径。
                        6.送达、执行责任：依法送达决定书并监督执行；按规定公开处罚决定。""",
                "accountability", """
                        有下列情形之一的，追究相应责任：
                        1.没有法定依据或者违反法定程序实施处罚的；
                        2.擅自改变处罚种类、幅度的；
                        3.应当依法移送司法机关而不移送的；
                        4.违法实行检查措施或者执行措施，给当事人造成损失的。""",
                "steps", """
                        [{"name":"立案","unit":"征收管理部门","requirements":"发现未按期申报的违法行为，登记立案","timeLimit":"发现之日起","next":[]},
                         {"name":"调查取证","unit":"征收管理部门","requirements":"两名以上执法人员调查，出示执法证件，制作询问笔录","timeLimit":"按案件情况","next":[]},
                         {"name":"告知","unit":"征收管理部门","requirements":"送达《税务行政处罚事项告知书》，告知陈述、申辩及听证权利","timeLimit":"作出决定前","next":[]},
                         {"name":"决定","unit":"局领导","requirements":"作出行政处罚决定，制作《税务行政处罚决定书》","timeLimit":"告知期满后","next":[]},
                         {"name":"送达执行","unit":"征收管理部门","requirements":"送达决定书，当事人在决定书规定的期限内缴纳罚款","timeLimit":"决定之日起7日内送达","next":[]}]""",
                "phone", OFFICE_PHONE));
    }

    static DemoRow invoiceLimitGuide() {
        return DemoRow.published("licensing", GD, values(
                "itemCode", "440000-XK-0001",
                "name", "增值税防伪税控系统最高开票限额审批",
                "basis", "《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）附件第236项",
                "conditions", "已登记为增值税一般纳税人或者选择自行开具增值税专用发票的小规模纳税人；申请的最高开票限额与实际经营需要相符。",
                "quantity", "无数量限制",
                "procedure", LICENCE_STEPS,
                "timeLimit", "法定办理时限20个工作日；承诺办理时限10个工作日（最高开票限额十万元及以下的即时办结）",
                "materials", "[\"《税务行政许可申请表》1份\",\"《增值税专用发票最高开票限额申请单》1份\",\"经办人身份证件原件（查验后退回）\",\"代理委托书（委托代理人办理的）1份\"]",
                "sampleUrl", "https://guangdong.chinatax.gov.cn/gdsw/xzxk/sfwb/zgkpxe.pdf",
                "fee", "不收费",
                "organ", GD,
                "place", "各主管税务机关办税服务厅；广东省电子税务局",
                "phone", "12366"));
    }

    static DemoRow deferredPaymentGuide() {
        return DemoRow.published("licensing", GD, values(
                "itemCode", "440000-XK-0002",
                "name", "对纳税人延期缴纳税款的核准",
                "basis", "《中华人民共和国税收征收管理法》第三十一条第二款；《中华人民共和国税收征收管理法实施细则》第四十一条、第四十二条",
                "conditions", "纳税人有下列情形之一的：1.因不可抗力，导致纳税人发生较大损失，正常生产经营活动受到较大影响的；2.当期货币资金在扣除应付职工工资、社会保险费后，不足以缴纳税款的。",
                "quantity", "无数量限制；同一笔税款延期最长不超过三个月",
                "procedure", """
                        [{"name":"受理","unit":"主管税务机关办税服务厅","requirements":"在缴纳税款期限届满前提出申请，材料齐全的受理","timeLimit":"即时","next":[]},
                         {"name":"审核","unit":"省税务局征收管理处","requirements":"审核货币资金余额、应付职工工资和社会保险费","timeLimit":"收到申请之日起","next":[]},
                         {"name":"决定","unit":"省税务局","requirements":"作出批准或者不予批准的决定；不予批准的，从缴纳税款期限届满之日起加收滞纳金","timeLimit":"收到申请报告之日起20日内","next":[]}]""",
                "timeLimit", "20日（自收到申请延期缴纳税款报告之日起）",
                "materials", "[\"《税务行政许可申请表》1份\",\"《延期缴纳税款申请审批表》1份\",\"所有银行存款账户的对账单1份\",\"应付职工工资和社会保险费等税务机关要求提供的支出预算1份\"]",
                "sampleUrl", "https://guangdong.chinatax.gov.cn/gdsw/xzxk/sfwb/yqjnsk.pdf",
                "fee", "不收费",
                "organ", GD,
                "place", "各主管税务机关办税服务厅",
                "phone", "12366"));
    }

    static DemoRow preferentialTreatmentInspection() {
        return DemoRow.published("random-inspections", GD, values(
                "itemName", "重点税源企业税收专项检查",
                "basis", "《中华人民共和国税收征收管理法》第五十四条；《国家税务总局关于印发〈推进税务稽查随机抽查实施方案〉的通知》（税总发〔2015〕104号）",
                "subject", GD,
                "objects", "辖区内列入重点税源企业名录的纳税人",
                "content", "纳税申报的真实性，税收优惠政策的适用，发票的开具、取得和使用，代扣代缴义务的履行",
                "method", "定向抽查：从重点税源企业名录中按公开的随机数（RFC 3797方法）摇号确定检查对象，随机选派执法检查人员",
                "frequency", "每年抽查比例20%左右，原则上每5年检查一轮"));
    }

    static DemoRow invoiceInspection() {
        return DemoRow.published("random-inspections", GD, values(
                "itemName", "发票使用情况检查",
                "basis", "《中华人民共和国发票管理办法》第二十九条、第三十条",
                "subject", GD,
                "objects", "辖区内一般纳税人及开具发票的小规模纳税人",
                "content", "发票领用、开具、取得、保管和缴销是否符合规定",
                "method", "不定向抽查：从辖区纳税人名录中随机抽取检查对象",
                "frequency", "每年抽查比例不低于3%"));
    }
}
