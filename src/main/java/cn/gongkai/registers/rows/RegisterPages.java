package cn.gongkai.registers.rows;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.gongkai.organization.Organ;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterType;

/**
 * The public register pages: every register, one register's list (search, organ filter, pages,
 * a stacked layout on phones) and one row with its public history. Public values only.
 */
@Controller
class RegisterPages {

    static final int PAGE_SIZE = 20;

    private final RegisterCatalog catalog;
    private final RowQueries queries;
    private final RegisterRows reads;

    RegisterPages(RegisterCatalog catalog, RowQueries queries, RegisterRows reads) {
        this.catalog = catalog;
        this.queries = queries;
        this.reads = reads;
    }

    /** A register on the index: its type, visible rows and last public change. */
    record Entry(RegisterType type, String title, String source, long rows, java.time.LocalDate updatedOn) {
    }

    /** A row of a public list: its id, link and listed cells. */
    record Line(long id, String url, List<RowView.Cell> cells, String organ, java.time.LocalDate publishedOn) {
    }

    @GetMapping("/registers")
    String index(Model model, Locale locale) {
        Map<String, RowQueries.Summary> summaries = queries.summaries(reads.today());
        model.addAttribute("registers", catalog.all().stream().map(t -> {
            RowQueries.Summary s = summaries.getOrDefault(t.code(), new RowQueries.Summary(0, null));
            return new Entry(t, RowView.title(t, locale), RowView.source(t, locale), s.rows(),
                    RowMapping.day(s.updatedAt()));
        }).toList());
        return "registers/rows-index";
    }

    @GetMapping("/registers/{code}")
    String list(@PathVariable String code, @RequestParam(required = false) String q,
            @RequestParam(required = false) String organ, @RequestParam(defaultValue = "1") int page, Model model,
            Locale locale) {
        RegisterType type = catalog.required(code);
        String query = PublicQuery.clean(q);
        List<Long> organs = reads.organScope(organ);
        int p = PublicQuery.page(page);
        int total = queries.countVisible(type.code(), query, organs, reads.today());
        List<Line> lines = queries.visible(type.code(), query, organs, reads.today(), (p - 1) * PAGE_SIZE, PAGE_SIZE)
                .stream().map(r -> new Line(r.id(), RowMapping.url(type.code(), r.id()),
                        RowView.listedCells(type, r.values(), locale),
                        reads.organ(r.organId()).map(o -> o.nameIn(locale)).orElse(""), RowMapping.day(r.publishedAt())))
                .toList();
        model.addAttribute("type", type);
        model.addAttribute("registerTitle", RowView.title(type, locale));
        model.addAttribute("description", RowView.description(type, locale));
        model.addAttribute("source", RowView.source(type, locale));
        model.addAttribute("columns", RowView.columns(type, locale));
        model.addAttribute("lines", lines);
        model.addAttribute("q", query);
        model.addAttribute("organ", organ == null ? "" : organ.strip());
        model.addAttribute("organs", reads.organs().stream().map(o -> new String[] { o.getCode(), o.nameIn(locale) })
                .toList());
        model.addAttribute("total", total);
        model.addAttribute("page", p);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        return "registers/rows-list";
    }

    @GetMapping("/registers/{code}/rows/{id}")
    String row(@PathVariable String code, @PathVariable long id, Model model, Locale locale) {
        RegisterType type = catalog.required(code);
        RegisterRow row = reads.publicRow(type.code(), id);
        model.addAttribute("type", type);
        model.addAttribute("registerTitle", RowView.title(type, locale));
        model.addAttribute("source", RowView.source(type, locale));
        model.addAttribute("row", row);
        model.addAttribute("rowName", rowName(row.publicValues()));
        // public values only: the entered ones never reach a public template
        model.addAttribute("cells", RowView.cells(type, row.publicValues(), false, locale));
        model.addAttribute("organName", reads.organ(row.organId()).map((Organ o) -> o.nameIn(locale)).orElse(""));
        model.addAttribute("publishedOn", RowMapping.day(row.publishedAt()));
        model.addAttribute("history", reads.publicHistory(row).stream()
                .map(v -> new RowJson.PublicVersion(v.version(), v.kind().name(), v.reason(), RowMapping.day(v.at())))
                .toList());
        return "registers/rows-page";
    }

    /** The fields that name a row, first present wins: what its page is headed by (else its number). */
    private static final java.util.List<String> NAMING_FIELDS = java.util.List.of("name", "title", "documentNumber",
            "party", "agent", "itemName");

    static String rowName(java.util.Map<String, String> publicValues) {
        return NAMING_FIELDS.stream().map(publicValues::get).filter(v -> v != null && !v.isBlank()).findFirst()
                .orElse(null);
    }
}
