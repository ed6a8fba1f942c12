package cn.gongkai.registers.draws;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.platform.GongkaiException;

import io.swagger.v3.oas.annotations.Operation;

/**
 * The draw API of the contract: {@code POST /api/v1/registers/random-inspections/draws} (staff:
 * PUBLISHER or SUPERVISOR of the organ) and {@code GET …/draws/{id}} (public, permitted in
 * SecurityConfig): the same JSON, enough to recompute the selection.
 */
@RestController
class DrawApi {

    static final String BASE = "/api/v1/registers/" + InspectionDraws.REGISTER + "/draws";

    private final InspectionDraws draws;
    private final CurrentStaff current;

    DrawApi(InspectionDraws draws, CurrentStaff current) {
        this.draws = draws;
        this.current = current;
    }

    @Operation(summary = "Make a 双随机 draw by RFC 3797 and publish it",
            description = "Body {\"pool\":[\"id\",…],\"count\":N,\"sources\":[[ints…],…],\"title\"?,\"rowId\"?}: the pool "
                    + "in order (numbered from 1, entries distinct), 1 ≤ count ≤ pool size, 1–16 sources of 1–64 "
                    + "non-negative integers in the announced order; rowId an item of random-inspections. 201 with "
                    + "the key string, every round's MD5, divisor and pick, the entries selected; 400 naming the "
                    + "field and rule; 403 unless PUBLISHER or SUPERVISOR of the item's organ (else one's own).")
    @PostMapping(value = BASE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    InspectionDraw create(@RequestBody(required = false) DrawInput body) {
        DrawInput input = body == null ? new DrawInput(null, null, null, null, null) : body;
        return draws.view(draws.draw(current.get(), input));
    }

    @Operation(summary = "One published draw: pool, sources, key string, rounds and selection (public; 404 if unknown)")
    @GetMapping(value = BASE + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    InspectionDraw get(@PathVariable String id) {
        return draws.view(id(id));
    }

    /** A path id: digits only, else 404 naming it as written. */
    static long id(String text) {
        return GongkaiException.pathId("双随机抽取 (draw)", text);
    }
}
