package cn.gongkai.registers.demo;

import static cn.gongkai.registers.demo.DemoRow.values;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gongkai.registers.demo.DemoPeople.Company;

/**
 * Budgets, final accounts and the three public expenses (预算决算及三公经费) of the SAT and the
 * Guangdong bureau, and a procurement from its intention to its contract (政府采购公告). Figures are
 * invented, in the orders of magnitude such tables show (万元).
 */
final class DemoFinance {

    private DemoFinance() {
    }

    static List<DemoRow> rows(LocalDate today, DemoPeople people) {
        int year = today.getYear();
        List<DemoRow> rows = new ArrayList<>();
        rows.add(DemoRow.published("budgets", "sat", values(
                "year", String.valueOf(year), "kind", "THREE_EXPENSES_BUDGET", "organ", "sat", "total", "12486.30",
                "trips", "因公出国（境）团组28个、86人次", "vehicles", "购置公务用车0辆，保有量1865辆",
                "receptions", "国内公务接待1,420批次、9,860人次",
                "explanation", "三公经费预算较上年减少2.1%，主要是严格控制因公出国（境）团组和人数，压减公务接待支出。",
                "documentUrl", "https://www.chinatax.gov.cn/chinatax/n810214/n810641/c5224511/content.html")));
        rows.add(DemoRow.published("budgets", "guangdong", values(
                "year", String.valueOf(year), "kind", "BUDGET", "organ", "guangdong", "total", "985420.18",
                "explanation", "收入预算全部为财政拨款；支出主要用于税收业务、信息化建设和机构运行。",
                "documentUrl", "https://guangdong.chinatax.gov.cn/gdsw/czzj/" + year + "bmys.pdf")));
        rows.add(DemoRow.published("budgets", "guangdong", values(
                "year", String.valueOf(year - 1), "kind", "THREE_EXPENSES_FINAL", "organ", "guangdong", "total", "1826.55",
                "trips", "因公出国（境）团组3个、11人次", "vehicles", "购置公务用车12辆，保有量486辆",
                "receptions", "国内公务接待210批次、1,630人次",
                "explanation", "决算数小于预算数，主要是公务用车更新数量减少。",
                "documentUrl", "https://guangdong.chinatax.gov.cn/gdsw/czzj/" + (year - 1) + "sgjfjs.pdf")));
        String project = "GDSW-" + year + "-0318";
        String title = "广东省税务局" + year + "年办税服务厅智能导税设备采购项目";
        rows.add(DemoRow.published("procurement", "guangdong", values(
                "kind", "INTENTION", "title", title, "projectNumber", project, "budget", "2860000.00", "organ", "guangdong",
                "noticeOn", today.minusDays(70).toString(),
                "url", "https://www.ccgp-guangdong.gov.cn/notice/" + project + "-yx.html")));
        rows.add(DemoRow.published("procurement", "guangdong", values(
                "kind", "TENDER", "title", title, "projectNumber", project, "budget", "2860000.00", "organ", "guangdong",
                "noticeOn", today.minusDays(40).toString(),
                "url", "https://www.ccgp-guangdong.gov.cn/notice/" + project + "-cg.html")));
        Company supplier = people.company(people.district(0));
        rows.add(DemoRow.published("procurement", "guangdong", values(
                "kind", "RESULT", "title", title, "projectNumber", project, "budget", "2860000.00", "organ", "guangdong",
                "supplier", supplier.name(), "supplierCredit", supplier.creditCode(),
                "noticeOn", today.minusDays(12).toString(),
                "url", "https://www.ccgp-guangdong.gov.cn/notice/" + project + "-jg.html")));
        return rows;
    }
}
