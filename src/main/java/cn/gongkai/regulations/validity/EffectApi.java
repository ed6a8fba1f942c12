package cn.gongkai.regulations.validity;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.platform.GongkaiException;

/**
 * Staff JSON API of effects (SPEC M6): list a document's effects, enter one (SUGGESTED), ask for
 * suggestions from a notice's text, review (CONFIRM | REJECT) by another person, withdraw a
 * confirmed one. Roles: see {@link Effects}. Unknown document 404; a missing or malformed field
 * 400 naming it; an unknown provision, AMEND/SUBSTITUTE/INSERT without newText, endsOn not after
 * effectiveOn 422 {@code INVALID_EFFECT} naming the field; reviewing one's own entry 403
 * {@code SEPARATION_OF_DUTIES}; reviewing twice 409 {@code EFFECT_ALREADY_REVIEWED}.
 */
@RestController
@RequestMapping("/api/v1/regulations")
@Tag(name = "regulations", description = "Regulations library: effects and derived validity (SPEC M6)")
class EffectApi {

    private static final String PROBLEM = "application/problem+json";

    private final Effects effects;
    private final EffectSuggestions suggestions;
    private final CurrentStaff current;

    EffectApi(Effects effects, EffectSuggestions suggestions, CurrentStaff current) {
        this.effects = effects;
        this.suggestions = suggestions;
        this.current = current;
    }

    record Review(String decision, String note) {
    }

    record Withdrawal(String note) {
    }

    record NoticeText(String text) {
    }

    @Operation(summary = "Effects on a library document (all states), by effective day")
    @GetMapping("/documents/{id}/effects")
    List<Effect> list(@PathVariable String id) {
        return effects.of(current.get(), id);
    }

    @Operation(summary = "Enter an effect on document {id} (201, state SUGGESTED); affectedEid null = the whole "
            + "document, for INSERT the new provision's eId with number, parentEid, afterEid; DRAFTER or ADMINISTRATOR")
    @ApiResponse(responseCode = "201", description = "The effect entered, waiting for review")
    @ApiResponse(responseCode = "422", description = "INVALID_EFFECT: unknown provision or affecting document, "
            + "newText missing for AMEND/SUBSTITUTE/INSERT, endsOn not after effectiveOn (errors[] names the field)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    @PostMapping("/documents/{id}/effects")
    ResponseEntity<Effect> enter(@PathVariable String id, @RequestBody Effects.Input input) {
        Effect e = effects.enter(current.get(), id, input);
        return ResponseEntity.created(URI.create("/api/v1/regulations/effects/" + e.id())).body(e);
    }

    @Operation(summary = "Suggested effects read from the text of document {id} as the affecting document "
            + "(or from {\"text\"} posted): 第X条第Y款废止, 《…》同时废止, 自…起施行, 第X条修改为, 删去第X条, 有效期至")
    @ApiResponse(responseCode = "201", description = "{created:[effect…], unresolved:[{sentence, title, eid, reason}]}")
    @ApiResponse(responseCode = "200", description = "Nothing new to suggest (created empty); unresolved sentences listed")
    @PostMapping("/documents/{id}/effects/suggestions")
    ResponseEntity<EffectSuggestions.Outcome> suggest(@PathVariable String id,
            @RequestBody(required = false) NoticeText text) {
        EffectSuggestions.Outcome outcome = suggestions.suggest(current.get(), id, text == null ? null : text.text());
        return ResponseEntity.status(outcome.created().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED).body(outcome);
    }

    @Operation(summary = "Suggested effects waiting for review, across the library")
    @GetMapping("/effects")
    List<Effect> waiting() {
        current.get();
        return effects.waiting();
    }

    @Operation(summary = "One effect")
    @GetMapping("/effects/{effectId}")
    Effect get(@PathVariable long effectId) {
        current.get();
        return effects.get(effectId);
    }

    @Operation(summary = "Review a suggested effect: {\"decision\":\"CONFIRM|REJECT\",\"note\"}; OFFICE_REVIEWER, "
            + "PUBLISHER or ADMINISTRATOR, never who entered it; a confirmed effect counts at once")
    @ApiResponse(responseCode = "200", description = "The effect reviewed")
    @ApiResponse(responseCode = "403", description = "SEPARATION_OF_DUTIES: the reviewer entered the effect; or the role is missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "409", description = "EFFECT_ALREADY_REVIEWED: the effect is no longer SUGGESTED",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    @PostMapping("/effects/{effectId}/review")
    Effect review(@PathVariable long effectId, @RequestBody Review review) {
        Effects.Decision decision = switch (review.decision() == null ? "" : review.decision().toUpperCase(Locale.ROOT)) {
            case "CONFIRM" -> Effects.Decision.CONFIRM;
            case "REJECT" -> Effects.Decision.REJECT;
            default -> throw GongkaiException.invalid("decision", "regulations.validity.error.decision");
        };
        return effects.review(current.get(), effectId, decision, review.note());
    }

    @Operation(summary = "Withdraw a confirmed effect with a reason {\"note\"}: it stops counting and the text it "
            + "changed is restored; OFFICE_REVIEWER, PUBLISHER or ADMINISTRATOR")
    @ApiResponse(responseCode = "200", description = "The effect withdrawn (state REJECTED)")
    @ApiResponse(responseCode = "409", description = "EFFECT_NOT_CONFIRMED: only a confirmed effect can be withdrawn",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    @PostMapping("/effects/{effectId}/withdraw")
    Effect withdraw(@PathVariable long effectId, @RequestBody(required = false) Withdrawal withdrawal) {
        return effects.withdraw(current.get(), effectId, withdrawal == null ? null : withdrawal.note());
    }
}
