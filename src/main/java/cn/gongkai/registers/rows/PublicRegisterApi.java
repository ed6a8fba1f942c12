package cn.gongkai.registers.rows;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.platform.SiteIdentity;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The registers' public JSON (API contract): the registers, a register's visible rows, one row. Public values only. */
@RestController
@Tag(name = "Registers (public)", description = "Published register rows, masked")
class PublicRegisterApi {

    static final int PAGE_SIZE = 20;

    private final RegisterCatalog catalog;
    private final RowQueries queries;
    private final RegisterRows reads;
    private final SiteIdentity site;

    PublicRegisterApi(RegisterCatalog catalog, RowQueries queries, RegisterRows reads, SiteIdentity site) {
        this.catalog = catalog;
        this.queries = queries;
        this.reads = reads;
        this.site = site;
    }

    @Operation(summary = "Every register with its visible rows and the day of its last public change")
    @GetMapping("/api/v1/public/registers")
    RowJson.PublicRegisters registers() {
        Map<String, RowQueries.Summary> summaries = queries.summaries(reads.today());
        List<RowJson.PublicRegister> items = catalog.all().stream().map(t -> {
            RowQueries.Summary s = summaries.getOrDefault(t.code(), new RowQueries.Summary(0, null));
            return new RowJson.PublicRegister(t.code(), t.title(), t.titleEn(), site.organ(), s.rows(),
                    RowMapping.day(s.updatedAt()), "/registers/" + t.code());
        }).toList();
        return new RowJson.PublicRegisters(items);
    }

    @Operation(summary = "A register's visible rows, sorted by its sort field (newest first)",
            description = "q searches the public, masked text; organ (an organ code) limits to that organ and the "
                    + "organs under it; page from 1, 20 per page")
    @GetMapping("/api/v1/public/registers/{code}/rows")
    RowJson.PublicPage rows(@PathVariable String code, @RequestParam(required = false) String q,
            @RequestParam(required = false) String organ, @RequestParam(defaultValue = "1") int page) {
        RegisterType type = catalog.required(code);
        int p = PublicQuery.page(page);
        var organs = reads.organScope(organ);
        String query = PublicQuery.clean(q);
        var items = queries.visible(type.code(), query, organs, reads.today(), (p - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(r -> RowMapping.publicRow(type.code(), r, reads)).toList();
        return new RowJson.PublicPage(items, p, PAGE_SIZE, queries.countVisible(type.code(), query, organs, reads.today()));
    }

    @Operation(summary = "One row: its public values and its public history (corrections, retraction, with reasons)")
    @GetMapping("/api/v1/public/registers/{code}/rows/{id}")
    RowJson.PublicRow row(@PathVariable String code, @PathVariable long id) {
        RegisterType type = catalog.required(code);
        return RowMapping.publicRow(reads.publicRow(type.code(), id), reads);
    }
}
