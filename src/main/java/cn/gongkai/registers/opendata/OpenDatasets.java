package cn.gongkai.registers.opendata;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterDatasets;

/**
 * Every register as an open dataset (开放数据集) for the portal's DCAT catalogue: its row count, the
 * day of its last public change and its three streamed distributions and dictionary. Counted per
 * call from the database (any node may have written the last row).
 */
@Component
class OpenDatasets implements RegisterDatasets {

    private final RegisterCatalog catalog;
    private final PublicRows rows;
    private final Clock clock;

    OpenDatasets(RegisterCatalog catalog, PublicRows rows, Clock clock) {
        this.catalog = catalog;
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public List<Dataset> datasets() {
        Map<String, PublicRows.Summary> summaries = rows.summaries();
        return catalog.all().stream().map(type -> {
            PublicRows.Summary s = summaries.getOrDefault(type.code(), new PublicRows.Summary(0, null));
            String base = "/registers/" + type.code();
            return new Dataset(type.code(), type.title(), type.titleEn(), type.description(), type.descriptionEn(),
                    type.source(), type.frequency(),
                    s.lastChange() == null ? null : s.lastChange().atZone(clock.getZone()).toLocalDate(), s.rows(), base,
                    base + "/dictionary", List.of(
                            new Distribution("CSV", "text/csv", base + "/data.csv"),
                            new Distribution("XLSX", DataDownloads.XLSX, base + "/data.xlsx"),
                            new Distribution("JSON", "application/json", base + "/data.json")));
        }).toList();
    }
}
