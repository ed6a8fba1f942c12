/**
 * Disclosure registers (SPEC M7, 结构化公开事项): what the Implementation Measures order published
 * as rows, not prose — the power list with its flow charts, licensing guides and decisions, penalty
 * decisions, the 四(二) lists, 双随机 inspections with their verifiable draws, budgets and
 * procurement — on one engine: typed fields, masks applied before anything is public, a history
 * per row, bulk import all or nothing, the taxpayer query and open data. A row whose publication
 * the rulebook times raises its duty in the ledger and meets it when published. It refuses to hold
 * a period: those come from the rulebook, the dates from the calendar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registers",
        allowedDependencies = { "platform", "organization", "calendar", "obligations" })
package cn.gongkai.registers;
