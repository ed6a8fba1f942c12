package cn.gongkai.registers.flowcharts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.registers.FieldDef;
import cn.gongkai.registers.FieldType;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterType;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A row's flow chart as an SVG file, {@code /registers/{code}/rows/{id}/flow.svg} (optionally
 * {@code ?field=} when a type has several STEPS fields), its page {@code …/flow} (every STEPS
 * field's chart with its text alternative) and, for a GUIDE register, the printable service guide
 * {@code …/guide}. Drawn from the row's public values only, for a row the public may read
 * (published and visible, or retracted after publication, as its page), else 404.
 */
@Controller
class FlowChartPages {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final MediaType SVG = new MediaType("image", "svg+xml", java.nio.charset.StandardCharsets.UTF_8);
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };

    private final RegisterCatalog catalog;
    private final FlowCharts charts;
    private final JdbcClient jdbc;
    private final Clock clock;

    FlowChartPages(RegisterCatalog catalog, FlowCharts charts, JdbcClient jdbc, Clock clock) {
        this.catalog = catalog;
        this.charts = charts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/registers/{code}/rows/{id}/flow.svg")
    ResponseEntity<String> svg(@PathVariable String code, @PathVariable String id,
            @RequestParam(required = false) String field, Locale locale) {
        RegisterType type = catalog.required(code);
        FieldDef steps = type.fields().stream().filter(f -> f.type() == FieldType.STEPS && f.isPublic())
                .filter(f -> field == null || f.code().equals(field)).findFirst()
                .orElseThrow(() -> GongkaiException.notFound("流程图 (flow chart)", field == null ? code : field));
        Map<String, String> values = publicValues(type.code(), id);
        String title = values.getOrDefault("name", values.get("itemName"));
        return ResponseEntity.ok().contentType(SVG)
                .body(charts.svg(ChartSteps.parse(values.get(steps.code())), locale, title, "flow"));
    }

    /** One STEPS field of the page: its label in the reader's language, its JSON, its SVG file. */
    record Chart(String code, String label, String steps, String svgPath) {
    }

    @GetMapping("/registers/{code}/rows/{id}/flow")
    String page(@PathVariable String code, @PathVariable String id, Locale locale, Model model) {
        RegisterType type = catalog.required(code);
        List<FieldDef> fields = type.fields().stream().filter(f -> f.type() == FieldType.STEPS && f.isPublic()).toList();
        if (fields.isEmpty()) {
            throw GongkaiException.notFound("流程图 (flow chart)", code);
        }
        Map<String, String> values = publicValues(type.code(), id);
        String rowPath = "/registers/" + type.code() + "/rows/" + id;
        model.addAttribute("name", values.getOrDefault("name", values.get("itemName")));
        model.addAttribute("registerTitle", english(locale) ? type.titleEn() : type.title());
        model.addAttribute("rowPath", rowPath);
        model.addAttribute("charts", fields.stream().map(f -> new Chart(f.code(), english(locale) ? f.labelEn() : f.label(),
                values.get(f.code()), rowPath + "/flow.svg?field=" + f.code())).toList());
        return "registers/flowchart-page";
    }

    @GetMapping("/registers/{code}/rows/{id}/guide")
    String guide(@PathVariable String code, @PathVariable String id, Locale locale, Model model) {
        RegisterType type = catalog.required(code);
        if (!"GUIDE".equals(type.page())) {
            throw GongkaiException.notFound("服务指南 (service guide)", code);
        }
        Map<String, String> values = publicValues(type.code(), id);
        model.addAttribute("name", values.get("name"));
        model.addAttribute("registerTitle", english(locale) ? type.titleEn() : type.title());
        model.addAttribute("rowPath", "/registers/" + type.code() + "/rows/" + id);
        model.addAttribute("values", values);
        return "registers/guide-page";
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** The public values of a row the public may read, else 404 (also for another register's id). */
    private Map<String, String> publicValues(String code, String id) {
        long rowId = GongkaiException.pathId("公开事项条目 (register row)", id);
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        return jdbc.sql("""
                select public_json from register_row where id = ? and register_code = ?
                  and ((state = 'PUBLISHED' and expired_at is null and (visible_until is null or visible_until >= ?))
                    or (state = 'RETRACTED' and published_at is not null))""")
                .params(rowId, code, java.sql.Date.valueOf(today)).query(String.class).optional()
                .map(json -> JsonMapper.shared().readValue(json, VALUES))
                .orElseThrow(() -> GongkaiException.notFound("公开事项条目 (register row)", id));
    }
}
