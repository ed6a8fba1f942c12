package cn.gongkai.registers.types;

/**
 * One step of a process flow chart (权力运行流程图 / 办理流程): what is done, by which unit (承办机构),
 * what is required (办理要求) and in what time (办理时限, as the item states it: "5个工作日").
 * {@code next} are the indexes (from 0) of the following steps; empty means the next in order,
 * so a straight flow needs none and a branch (准予/不予) names both.
 */
public record FlowStep(String name, String unit, String requirements, String timeLimit, java.util.List<Integer> next) {
}
