package cn.gongkai.catalog;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.organization.Organization;
import io.swagger.v3.oas.annotations.Operation;

/** The public catalogue of an organ as JSON (base entries and the organ's own). */
@RestController
class CatalogApi {

    private final Catalog catalog;
    private final Organization organization;

    CatalogApi(Catalog catalog, Organization organization) {
        this.catalog = catalog;
        this.organization = organization;
    }

    record EntryView(String code, String category, String name, String content, String responsibleDepartment,
            String timeLimit, String method, String sourceClause, boolean base) {
    }

    @Operation(summary = "Public catalogue of an organ (base entries and its own)")
    @GetMapping("/api/v1/public/catalog/{organCode}")
    List<EntryView> entries(@PathVariable String organCode) {
        long organId = organization.requireOrgan("organCode", organCode).getId();
        return catalog.entriesFor(organId).stream().map(e -> new EntryView(e.getCode(), e.getCategory(), e.getName(),
                e.getContent(), e.getResponsibleDepartment(), e.getTimeLimit(), e.getMethod(), e.getSourceClause(),
                e.isBase())).toList();
    }
}
