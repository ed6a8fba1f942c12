package cn.gongkai.registers.types;

import java.util.List;
import java.util.Map;

/** A row's values normalized per {@link cn.gongkai.registers.FieldType}, or the problems that refuse it. */
public record CheckedRow(Map<String, String> values, List<RowProblem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
