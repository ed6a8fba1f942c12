package cn.gongkai.regulations.spotcheck;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.platform.GongkaiException;

import io.swagger.v3.oas.annotations.Operation;

/** Staff JSON of spot-checks: SUPERVISOR or ADMINISTRATOR of the SAT only (403 otherwise). */
@RestController
class SpotCheckApi {

    private final SpotChecks checks;
    private final CurrentStaff current;

    SpotCheckApi(SpotChecks checks, CurrentStaff current) {
        this.checks = checks;
        this.current = current;
    }

    record Create(String title, Integer sampleSize) {
    }

    record Sources(String note, List<SpotChecks.SourceInput> sources) {
    }

    record Verdict(Boolean correct, String note) {
    }

    @Operation(summary = "Create a spot-check: freezes and publishes the pool of lower organs' regulation records",
            description = "Body {\"title\",\"sampleSize\"}. 422 EMPTY_POOL when no lower organ has published one; "
                    + "400 sampleSize when larger than the pool.")
    @PostMapping("/api/v1/regulations/spot-checks")
    @ResponseStatus(HttpStatus.CREATED)
    SpotCheckView create(@RequestBody(required = false) Create body) {
        Create b = body == null ? new Create(null, null) : body;
        return checks.view(checks.create(current.get(), b.title(), b.sampleSize()));
    }

    @Operation(summary = "List the spot-checks (SAT supervisors and administrators)")
    @GetMapping("/api/v1/regulations/spot-checks")
    List<SpotCheckView.Line> list() {
        if (!checks.mayRun(current.get())) {
            throw GongkaiException.forbidden();
        }
        return checks.list();
    }

    @Operation(summary = "One spot-check with its pool, sources, sample and verdicts (404 if unknown)")
    @GetMapping("/api/v1/regulations/spot-checks/{id}")
    SpotCheckView get(@PathVariable long id) {
        if (!checks.mayRun(current.get())) {
            throw GongkaiException.forbidden();
        }
        return checks.view(id);
    }

    @Operation(summary = "Enter the sources of randomness (before the draw only; 422 STATE_CONFLICT after it)",
            description = "Body {\"note\":\"how they were announced\",\"sources\":[{\"description\",\"numbers\":[…]}]}: "
                    + "1–16 sources of 1–16 non-negative integers each, in the announced order.")
    @PutMapping("/api/v1/regulations/spot-checks/{id}/sources")
    SpotCheckView sources(@PathVariable long id, @RequestBody(required = false) Sources body) {
        Sources b = body == null ? new Sources(null, null) : body;
        checks.setSources(current.get(), id, b.note(), b.sources());
        return checks.view(id);
    }

    @Operation(summary = "Draw the sample by RFC 3797 from the sources; fixes them (422 NO_SOURCES, STATE_CONFLICT)")
    @PostMapping("/api/v1/regulations/spot-checks/{id}/draw")
    SpotCheckView draw(@PathVariable long id) {
        checks.draw(current.get(), id);
        return checks.view(id);
    }

    @Operation(summary = "The checker's verdict on the sampled record of pick {order}: {\"correct\":bool,\"note\"}",
            description = "A record linked to the library was judged at the draw; it takes a note, and a contrary "
                    + "verdict is refused (422 AUTOMATIC_VERDICT).")
    @PutMapping("/api/v1/regulations/spot-checks/{id}/sample/{order}")
    SpotCheckView judge(@PathVariable long id, @PathVariable int order, @RequestBody(required = false) Verdict body) {
        Verdict b = body == null ? new Verdict(null, null) : body;
        checks.judge(current.get(), id, order, b.correct(), b.note());
        return checks.view(id);
    }
}
