package cn.gongkai.registers.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Every demo row of every register, in the order they are entered, dated from {@code today}. */
final class DemoData {

    private DemoData() {
    }

    static List<DemoRow> rows(LocalDate today) {
        DemoPeople people = new DemoPeople();
        List<DemoRow> rows = new ArrayList<>(DemoItems.rows());
        rows.addAll(DemoDecisions.rows(today, people));
        rows.addAll(DemoLists.rows(today, people));
        rows.addAll(DemoFinance.rows(today, people));
        return rows;
    }
}
