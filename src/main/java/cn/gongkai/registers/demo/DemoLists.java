package cn.gongkai.registers.demo;

import static cn.gongkai.registers.demo.DemoRow.values;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.gongkai.registers.demo.DemoPeople.Company;
import cn.gongkai.registers.demo.DemoPeople.District;

/**
 * The lists and notices of 四(二) in the demo: A-grade taxpayers (纳税信用A级), arrears (欠税公告),
 * abnormal households (非正常户), fixed quotas (个体工商户定额), invalid certificates, deadline notices
 * and entrusted collection. Some taxpayers appear on several lists, as in life, so the query
 * service finds one credit code in more than one register.
 */
final class DemoLists {

    static final String GD = "guangdong";
    static final String TIANHE = "guangdong-guangzhou-tianhe";
    static final String YUEXIU = "guangdong-guangzhou-yuexiu";
    static final String NANHAI = "guangdong-foshan-nanhai";
    static final String SHUNDE = "guangdong-foshan-shunde";
    /** How many A-grade taxpayers the demo lists (a real list holds tens of thousands: see the import bench). */
    static final int A_GRADE = 24;

    private DemoLists() {
    }

    static List<DemoRow> rows(LocalDate today, DemoPeople people) {
        List<DemoRow> rows = new ArrayList<>();
        rows.addAll(aGrade(today, people));
        rows.addAll(arrearsAndAbnormal(today, people));
        rows.addAll(fixedQuota(today, people));
        rows.addAll(notices(today, people));
        return rows;
    }

    static List<DemoRow> aGrade(LocalDate today, DemoPeople people) {
        List<DemoRow> rows = new ArrayList<>();
        for (int i = 0; i < A_GRADE; i++) {
            Company c = people.company(people.district(i));
            rows.add(DemoRow.published("a-grade-taxpayers", GD, values(
                    "creditCode", c.creditCode(), "name", c.name(), "year", String.valueOf(today.getYear() - 1))));
        }
        return rows;
    }

    static List<DemoRow> arrearsAndAbnormal(LocalDate today, DemoPeople people) {
        LocalDate quarterEnd = YearMonth.from(today).minusMonths((today.getMonthValue() - 1) % 3 + 1).atEndOfMonth();
        List<DemoRow> rows = new ArrayList<>();
        String[][] arrears = { { "增值税", "186420.55", "0.00" }, { "企业所得税", "1250380.00", "312600.00" },
                { "城镇土地使用税", "48210.30", "12052.50" }, { "房产税", "96315.00", "0.00" } };
        for (int i = 0; i < arrears.length; i++) {
            Company c = people.company(people.district(i * 2));
            DemoRow row = DemoRow.published("arrears", GD, values(
                    "name", c.name(), "taxpayerId", c.creditCode(),
                    "legalRep", c.legalRep().name(), "legalRepId", c.legalRep().idNumber(),
                    "address", c.address(), "taxType", arrears[i][0],
                    "balance", arrears[i][1], "newArrears", arrears[i][2], "asOf", quarterEnd.toString(), "organ", GD));
            rows.add(i == 3 ? row.retractedBecause("纳税人已于公告后缴清全部欠税及滞纳金") : row);
        }
        String[] organs = { TIANHE, YUEXIU, NANHAI, SHUNDE };
        for (int i = 0; i < organs.length; i++) {
            District d = people.district(i < 2 ? i : i + 4);
            Company c = people.company(d);
            rows.add(DemoRow.published("abnormal-households", GD, values(
                    "name", c.name(), "taxpayerId", c.creditCode(),
                    "legalRep", c.legalRep().name(), "legalRepId", c.legalRep().idNumber(),
                    "address", c.address(), "recognizedOn", today.minusDays(35 + 20 * i).toString(),
                    "organ", organs[i],
                    "liftedOn", i == 3 ? today.minusDays(4).toString() : null)));
        }
        return rows;
    }

    static List<DemoRow> fixedQuota(LocalDate today, DemoPeople people) {
        LocalDate from = today.withDayOfYear(1);
        LocalDate to = from.withMonth(12).withDayOfMonth(31);
        String[][] quotas = { { "零售", "28000.00", "0.00" }, { "餐饮", "126000.00", "1260.00" },
                { "居民服务", "45000.00", "0.00" }, { "零售", "132000.00", "1320.00" } };
        List<DemoRow> rows = new ArrayList<>();
        for (int i = 0; i < quotas.length; i++) {
            Company shop = people.shop(people.district(i % 2 == 0 ? 0 : 6));
            rows.add(DemoRow.published("fixed-quota", GD, values(
                    // older individual businesses still file under the owner's ID number (masked when public)
                    "name", shop.name(), "taxpayerId", i == 3 ? shop.legalRep().idNumber() : shop.creditCode(),
                    "owner", shop.legalRep().name(),
                    "address", shop.address(), "industry", quotas[i][0],
                    "monthlySales", quotas[i][1], "monthlyTax", quotas[i][2],
                    "periodFrom", from.toString(), "periodTo", to.toString(), "stage", i < 2 ? "ANNOUNCEMENT" : "NOTICE",
                    "organ", i % 2 == 0 ? TIANHE : NANHAI)));
        }
        return rows;
    }

    static List<DemoRow> notices(LocalDate today, DemoPeople people) {
        List<DemoRow> rows = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Company c = people.company(people.district(i));
            rows.add(DemoRow.published("invalid-certificates", GD, values(
                    "name", c.name(), "taxpayerId", c.creditCode(),
                    // a 15-character tax registration number of the old certificates: division code and organization code
                    "certificateNumber", "44" + c.creditCode().substring(4, 8) + c.creditCode().substring(8, 17),
                    "reason", i == 0 ? "纳税人走逃（失联），经税务机关实地核查无法找到" : "纳税人已办理注销登记，税务登记证件未缴销",
                    "invalidOn", today.minusDays(12 + 30 * i).toString(),
                    "organ", i == 0 ? TIANHE : YUEXIU)));
        }
        YearMonth period = YearMonth.from(today).minusMonths(1);
        String periodText = period.getYear() + "年" + period.getMonthValue() + "月";
        Company declare = people.company(people.district(0));
        rows.add(DemoRow.published("deadline-notices", GD, values(
                "kind", "DECLARE", "name", declare.name(), "taxpayerId", declare.creditCode(),
                "taxType", "增值税", "taxPeriod", periodText, "deadline", today.plusDays(15).toString(),
                "basis", "《中华人民共和国税收征收管理法》第二十五条、第六十二条", "organ", TIANHE)));
        Company pay = people.company(people.district(6));
        rows.add(DemoRow.published("deadline-notices", GD, values(
                "kind", "PAY", "name", pay.name(), "taxpayerId", pay.creditCode(),
                "taxType", "企业所得税", "taxPeriod", periodText, "deadline", today.plusDays(15).toString(),
                "basis", "《中华人民共和国税收征收管理法》第三十二条、第四十条、第六十八条", "organ", NANHAI)));
        District tianhe = people.district(0);
        rows.add(DemoRow.published("entrusted-collection", GD, values(
                "agent", "广州市天河区石牌街道办事处", "agentCredit", people.institutionCode(tianhe),
                "scope", "辖区内临时经营的零星分散税收及出租不动产的自然人",
                "taxTypes", "增值税、城市维护建设税、个人所得税、房产税、印花税",
                "validFrom", today.withDayOfYear(1).toString(), "validTo", today.withMonth(12).withDayOfMonth(31).toString(),
                "organ", TIANHE)));
        District shunde = people.district(7);
        rows.add(DemoRow.published("entrusted-collection", GD, values(
                "agent", "佛山市顺德区容桂街道市场管理服务中心", "agentCredit", people.institutionCode(shunde),
                "scope", "容桂街道集贸市场内的个体工商户", "taxTypes", "增值税、城市维护建设税、个人所得税",
                "validFrom", today.withDayOfYear(1).toString(), "validTo", today.withMonth(12).withDayOfMonth(31).toString(),
                "organ", SHUNDE)));
        return rows;
    }
}
