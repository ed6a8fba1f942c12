package cn.gongkai.registers.query;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.platform.RateLimits;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The taxpayer query over JSON (public, rate-limited per client address). */
@RestController
@Tag(name = "Registers", description = "Disclosure registers")
class QueryApi {

    static final String LIMIT = "registers-query";

    private final TaxpayerQuery query;
    private final RateLimits limits;

    QueryApi(TaxpayerQuery query, RateLimits limits) {
        this.query = query;
        this.limits = limits;
    }

    @Operation(summary = "Look a taxpayer up by unified social credit code or exact name across the public lists",
            description = "Exactly one of credit (check character validated, else 400 naming credit) and name (exact). "
                    + "Published, visible rows of a-grade-taxpayers, arrears, abnormal-households, penalty-decisions "
                    + "and major-cases, public (masked) values only, newest first, at most 100. 429 with Retry-After "
                    + "when the client's budget is spent.")
    @GetMapping("/api/v1/public/registers/query")
    TaxpayerQuery.Result find(@RequestParam(required = false) String credit, @RequestParam(required = false) String name,
            HttpServletRequest request, HttpServletResponse response) {
        limits.enforce(LIMIT, "registers.query.error.rateLimited", request, response);
        return query.find(credit, name, LocaleContextHolder.getLocale());
    }
}
