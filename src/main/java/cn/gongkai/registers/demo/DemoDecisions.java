package cn.gongkai.registers.demo;

import static cn.gongkai.registers.demo.DemoRow.values;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gongkai.registers.demo.DemoPeople.Company;
import cn.gongkai.registers.demo.DemoPeople.Person;

/**
 * The decision registers of the demo, dated from today so that their duties are live: licensing
 * decisions (行政许可决定) published on time, one still a draft long past its due day and one
 * decided today; penalty and treatment decisions (行政处罚和税务处理决定) of the Guangdong bureau and
 * its district bureaus, one draft overdue and one corrected; major cases (重大税收违法失信案件), one
 * withdrawn early. The demo enters the decision dates; the platform computes every due day.
 */
final class DemoDecisions {

    static final String GD = "guangdong";
    static final String TIANHE = "guangdong-guangzhou-tianhe";
    static final String NANHAI = "guangdong-foshan-nanhai";

    private DemoDecisions() {
    }

    static List<DemoRow> rows(LocalDate today, DemoPeople people) {
        List<DemoRow> rows = new ArrayList<>();
        rows.addAll(licensingDecisions(today, people));
        rows.addAll(penaltyDecisions(today, people));
        rows.addAll(majorCases(today, people));
        return rows;
    }

    static List<DemoRow> licensingDecisions(LocalDate today, DemoPeople people) {
        int year = today.getYear();
        List<DemoRow> rows = new ArrayList<>();
        int[] daysAgo = { 60, 41, 23, 9, 2 };
        for (int i = 0; i < daysAgo.length; i++) {
            Company c = people.company(people.district(i));
            rows.add(DemoRow.published("licensing-decisions", GD, invoiceLimit(year, 101 + i, c, today.minusDays(daysAgo[i]),
                    i % 2 == 0 ? "十万元" : "一百万元")));
        }
        Person farmer = people.person(people.district(6));
        rows.add(DemoRow.published("licensing-decisions", GD, values(
                "documentNumber", "粤税许准〔" + year + "〕" + 106 + "号",
                "itemName", "对纳税人延期缴纳税款的核准",
                "content", "准予延期缴纳个人所得税（经营所得）三个月",
                "counterpartType", "NATURAL_PERSON",
                "counterpart", farmer.name(),
                "idNumber", farmer.idNumber(),
                "decidedOn", today.minusDays(5).toString(),
                "organ", GD,
                "contact", people.mobile())));
        // entered, not yet published: the one decided a month ago is overdue on the dashboard, today's is due
        Company late = people.company(people.district(3));
        rows.add(DemoRow.draft("licensing-decisions", GD, invoiceLimit(year, 107, late, today.minusDays(30), "十万元")));
        Company fresh = people.company(people.district(4));
        rows.add(DemoRow.draft("licensing-decisions", GD, invoiceLimit(year, 108, fresh, today, "一百万元")));
        return rows;
    }

    private static Map<String, String> invoiceLimit(int year, int number, Company c, LocalDate decidedOn, String limit) {
        return values(
                "documentNumber", "粤税许准〔" + year + "〕" + number + "号",
                "itemName", "增值税防伪税控系统最高开票限额审批",
                "content", "准予增值税专用发票（增值税电子专用发票）最高开票限额为" + limit,
                "counterpartType", "LEGAL_PERSON",
                "counterpart", c.name(),
                "creditCode", c.creditCode(),
                "decidedOn", decidedOn.toString(),
                "validFrom", decidedOn.toString(),
                "organ", GD);
    }

    static List<DemoRow> penaltyDecisions(LocalDate today, DemoPeople people) {
        int year = today.getYear();
        List<DemoRow> rows = new ArrayList<>();
        Company evader = people.company(people.district(0));
        LocalDate decided = today.minusDays(40);
        rows.add(DemoRow.published("penalty-decisions", GD, penalty("粤税稽罚〔" + year + "〕35号", "PENALTY", evader,
                "2024年1月至2024年12月，通过隐匿销售收入、进行虚假纳税申报的手段，少缴增值税356,218.40元、企业所得税120,540.00元。",
                "《中华人民共和国税收征收管理法》第六十三条第一款",
                "对少缴的增值税、企业所得税处百分之五十的罚款", "238379.20", decided, decided.plusDays(16), GD)));
        rows.add(DemoRow.published("penalty-decisions", GD, penalty("粤税稽处〔" + year + "〕35号", "TREATMENT", evader,
                "同上，少缴增值税356,218.40元、企业所得税120,540.00元。",
                "《中华人民共和国税收征收管理法》第三十二条、第五十二条",
                "追缴增值税356,218.40元、企业所得税120,540.00元，并从滞纳税款之日起按日加收万分之五的滞纳金", null,
                decided, decided.plusDays(16), GD)));
        Company invoices = people.company(people.district(1));
        rows.add(DemoRow.published("penalty-decisions", GD, penalty("穗天税罚〔" + year + "〕118号", "PENALTY", invoices,
                "2025年5月，未按照规定保管纸质发票，丢失增值税专用发票12份。",
                "《中华人民共和国发票管理办法》第三十九条",
                "罚款", "5000.00", today.minusDays(20), today.minusDays(1), TIANHE))
                .correctedBy("更正罚款金额：原录入5,000元与决定书不符，决定书载明为3,000元", values("fine", "3000.00")));
        Person person = people.person(people.district(0));
        rows.add(DemoRow.published("penalty-decisions", GD, values(
                "documentNumber", "穗天税简罚〔" + year + "〕642号",
                "kind", "PENALTY",
                "party", person.name(),
                "partyType", "NATURAL_PERSON",
                "idNumber", person.idNumber(),
                "facts", "未按照规定期限办理个人所得税经营所得年度汇算申报。",
                "basis", "《中华人民共和国税收征收管理法》第六十二条",
                "content", "罚款",
                "fine", "200.00",
                "decidedOn", today.minusDays(6).toString(),
                "finalOn", today.minusDays(6).toString(),
                "organ", TIANHE)));
        Company late = people.company(people.district(6));
        LocalDate lateFinal = today.minusMonths(2).withDayOfMonth(3);
        rows.add(DemoRow.draft("penalty-decisions", GD, penalty("佛南税罚〔" + year + "〕57号", "PENALTY", late,
                "2025年度取得不符合规定的发票列支成本费用。",
                "《中华人民共和国发票管理办法》第三十五条",
                "罚款", "10000.00", lateFinal.minusDays(15), lateFinal, NANHAI)));
        return rows;
    }

    private static Map<String, String> penalty(String number, String kind, Company c, String facts, String basis,
            String content, String fine, LocalDate decidedOn, LocalDate finalOn, String organ) {
        return values(
                "documentNumber", number,
                "kind", kind,
                "party", c.name(),
                "partyType", "LEGAL_PERSON",
                "creditCode", c.creditCode(),
                "legalRep", c.legalRep().name(),
                "facts", facts,
                "basis", basis,
                "content", content,
                "fine", fine,
                "decidedOn", decidedOn.toString(),
                "finalOn", finalOn.toString(),
                "organ", organ);
    }

    static List<DemoRow> majorCases(LocalDate today, DemoPeople people) {
        List<DemoRow> rows = new ArrayList<>();
        Company fake = people.company(people.district(5));
        rows.add(DemoRow.published("major-cases", GD, majorCase(fake, "FALSE_SPECIAL_INVOICES", "FALSE_SPECIAL_INVOICES",
                "2023年1月至2024年6月，在没有真实业务交易的情况下，对外虚开增值税专用发票368份，金额36,512,340.00元，税额4,746,604.20元。",
                "依法追缴税款，处以罚款，并移送公安机关", today.minusDays(75))));
        Company evader = people.company(people.district(7));
        rows.add(DemoRow.published("major-cases", GD, majorCase(evader, "EVASION", "EVASION_1M",
                "2022年至2023年，采取在账簿上不列收入的手段，少缴增值税等税款2,315,807.66元。",
                "追缴税款、加收滞纳金，并处少缴税款一倍的罚款", today.minusDays(200))));
        Company paid = people.company(people.district(2));
        // 提前停止公布: the taxes, late fees and fines were paid in full; the row stays in its history
        rows.add(DemoRow.published("major-cases", GD, majorCase(paid, "EVADING_RECOVERY", "ARREARS_CONCEALMENT_1M",
                "2023年欠缴增值税1,208,000.00元，期间转移银行存款，妨碍税务机关追缴。",
                "追缴欠缴的税款，并处欠缴税款一倍的罚款", today.minusDays(300)))
                .correctedBy("当事人已缴清税款、滞纳金和罚款，依法提前停止公布", values("removalOn", today.minusDays(10).toString())));
        return rows;
    }

    private static Map<String, String> majorCase(Company c, String nature, String criterion, String facts, String content,
            LocalDate listedOn) {
        return values(
                "party", c.name(),
                "creditCode", c.creditCode(),
                "legalRep", c.legalRep().name(),
                "legalRepId", c.legalRep().idNumber(),
                "address", c.address(),
                "nature", nature,
                "criterion", criterion,
                "facts", facts,
                "content", content,
                "listedOn", listedOn.toString(),
                "organ", GD);
    }
}
