package cn.gongkai.publishing.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.gongkai.catalog.Catalog;
import cn.gongkai.catalog.CatalogEntry;
import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.Organization;

/**
 * The catalogue coverage report (SPEC M3): for each entry of the organ's catalogue, its public
 * records, the newest publication, and whether the entry has no record at all or, for recurring
 * information, none within its time limit (Implementation Measures 七(三), 七(四): 动态更新, 自查).
 */
@Controller
class CatalogCoverage {

    private final Catalog catalog;
    private final JdbcClient jdbc;
    private final CurrentStaff current;
    private final Organization organization;
    private final Clock clock;

    CatalogCoverage(Catalog catalog, JdbcClient jdbc, CurrentStaff current, Organization organization, Clock clock) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.current = current;
        this.organization = organization;
        this.clock = clock;
    }

    /** One line of the report; {@code status} is OK, EMPTY or STALE. */
    record Line(CatalogEntry entry, long records, Instant newest, String status) {
    }

    record Usage(long count, Instant newest) {
    }

    List<Line> report(long organId) {
        Map<Long, Usage> usage = jdbc.sql("""
                select catalog_entry_id, count(*), max(last_published_at) from gov_record
                where organ_id = :organ and catalog_entry_id is not null and published_edition is not null
                  and state <> 'WITHDRAWN' group by catalog_entry_id""").param("organ", organId)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Usage(rs.getLong(2), rs.getTimestamp(3).toInstant())))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Instant now = clock.instant();
        return catalog.entriesFor(organId).stream().map(e -> {
            Usage u = usage.get(e.getId());
            if (u == null) {
                return new Line(e, 0, null, "EMPTY");
            }
            boolean stale = e.getMaxAgeDays() != null
                    && u.newest().isBefore(now.minus(Duration.ofDays(e.getMaxAgeDays())));
            return new Line(e, u.count(), u.newest(), stale ? "STALE" : "OK");
        }).toList();
    }

    @GetMapping("/console/catalog/coverage")
    String page(Model model) {
        long organId = current.get().organId();
        List<Line> lines = report(organId);
        model.addAttribute("organ", organization.organ(organId).orElseThrow());
        model.addAttribute("lines", lines);
        model.addAttribute("gaps", lines.stream().filter(l -> !l.status().equals("OK")).count());
        return "publishing/catalog-coverage";
    }
}
