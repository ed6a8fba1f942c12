package cn.gongkai.registers.query;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.RateLimits;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterType;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The public query page {@code /registers/query}: a form, and the rows found with their public values. */
@Controller
class QueryPage {

    private final TaxpayerQuery query;
    private final RateLimits limits;
    private final RegisterCatalog catalog;
    private final MessageSource messages;

    QueryPage(TaxpayerQuery query, RateLimits limits, RegisterCatalog catalog, MessageSource messages) {
        this.query = query;
        this.limits = limits;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/registers/query")
    String page(@RequestParam(required = false) String credit, @RequestParam(required = false) String name,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean english = "en".equals(locale.getLanguage());
        model.addAttribute("credit", credit == null ? "" : credit.strip());
        model.addAttribute("name", name == null ? "" : name.strip());
        model.addAttribute("registers", TaxpayerQuery.REGISTERS.stream().map(catalog::required)
                .map(t -> english ? t.titleEn() : t.title()).toList());
        boolean asked = credit != null && !credit.isBlank() || name != null && !name.isBlank();
        if (asked) {
            limits.enforce(QueryApi.LIMIT, "registers.query.error.rateLimited", request, response);
            try {
                TaxpayerQuery.Result result = query.find(credit, name, locale);
                model.addAttribute("items", result.items().stream().map(i -> new Shown(i,
                        labels(catalog.required(i.register()), i, english))).toList());
            }
            catch (GongkaiException e) {
                response.setStatus(e.status().value());
                model.addAttribute("problem", e.fields().isEmpty() ? messages.getMessage(e.messageKey(), e.args(), locale)
                        : messages.getMessage(e.fields().get(0).messageKey(), e.fields().get(0).args(), locale));
                model.addAttribute("problemField", e.fields().isEmpty() ? null : e.fields().get(0).field());
            }
        }
        return "registers/query";
    }

    /** The public values of a row with their field labels, in the type's field order. */
    private static List<Value> labels(RegisterType type, TaxpayerQuery.Item item, boolean english) {
        return type.fields().stream().filter(f -> item.values().containsKey(f.code()))
                .map(f -> new Value(english ? f.labelEn() : f.label(), item.values().get(f.code()))).toList();
    }

    record Shown(TaxpayerQuery.Item item, List<Value> values) {
    }

    record Value(String label, String value) {
    }
}
