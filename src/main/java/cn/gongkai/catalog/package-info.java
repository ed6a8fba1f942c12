/**
 * Catalog (SPEC M3): the disclosure catalogue (主动公开目录) — SAT's base catalogue, inherited by
 * every organ, and the entries each organ adds (Implementation Measures 七(三)). It owns the
 * entries and their content, responsible department, time limit and method; it refuses to know
 * the records filed under them (the publishing module reports on coverage).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog",
        allowedDependencies = { "platform", "organization" })
package cn.gongkai.catalog;
