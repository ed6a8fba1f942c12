package cn.gongkai.registers.rows;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterType;
import cn.gongkai.registers.RowState;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Register rows over JSON for staff: enter, list, read, correct, publish, retract. */
@RestController
@Tag(name = "Register rows", description = "Disclosure registers (公开事项): rows with versions, masks and duties")
class RowApi {

    static final int PAGE_SIZE = 50;

    private final RowStore store;
    private final RegisterRows reads;
    private final RowQueries queries;
    private final RegisterCatalog catalog;
    private final CurrentStaff current;

    RowApi(RowStore store, RegisterRows reads, RowQueries queries, RegisterCatalog catalog, CurrentStaff current) {
        this.store = store;
        this.reads = reads;
        this.queries = queries;
        this.catalog = catalog;
        this.current = current;
    }

    @Operation(summary = "Enter a row (DRAFTER or PUBLISHER of the organ; publish=true needs PUBLISHER)",
            description = "values by field code; organId defaults to the caller's organ. 422 INVALID_ROW names each "
                    + "field (values.<code>) and rule; the row's duty (if its type has one) is raised in the ledger "
                    + "and met when published.")
    @PostMapping("/api/v1/registers/{code}/rows")
    ResponseEntity<RowJson.StaffRow> create(@PathVariable String code, @RequestBody(required = false) RowJson.NewRow in) {
        StaffMember staff = current.get();
        RegisterType type = catalog.required(code);
        if (in == null || in.values() == null) {
            throw GongkaiException.invalid("values", "platform.error.required");
        }
        long organId = in.organId() == null ? staff.organId() : in.organId();
        long id = store.create(type.code(), organId, in.values(), Boolean.TRUE.equals(in.publish()), staff);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(RowMapping.staff(type, reads.staffRow(type.code(), id, staff), reads, true));
    }

    @Operation(summary = "Rows of a register in the organs the caller may see, newest first",
            description = "state: DRAFT, PUBLISHED or RETRACTED (default all); page from 1, 50 per page")
    @GetMapping("/api/v1/registers/{code}/rows")
    RowJson.StaffPage list(@PathVariable String code, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "1") int page) {
        StaffMember staff = current.get();
        RegisterType type = catalog.required(code);
        RowState s = state(state);
        int p = PublicQuery.page(page);
        var organs = reads.visibleOrgans(staff);
        var items = queries.staffList(type.code(), s, organs, (p - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(r -> RowMapping.staff(type, r, reads, false)).toList();
        return new RowJson.StaffPage(items, p, PAGE_SIZE, queries.staffCount(type.code(), s, organs));
    }

    @Operation(summary = "One row as staff see it: values as entered, public values, duty and every version")
    @GetMapping("/api/v1/registers/{code}/rows/{id}")
    RowJson.StaffRow get(@PathVariable String code, @PathVariable long id) {
        StaffMember staff = current.get();
        RegisterType type = catalog.required(code);
        return RowMapping.staff(type, reads.staffRow(type.code(), id, staff), reads, true);
    }

    @Operation(summary = "Correct a row: a new version with a public reason (PUBLISHER or OFFICE_REVIEWER)")
    @PutMapping("/api/v1/registers/{code}/rows/{id}")
    RowJson.StaffRow correct(@PathVariable String code, @PathVariable long id,
            @RequestBody(required = false) RowJson.Correction in) {
        StaffMember staff = current.get();
        RegisterType type = catalog.required(code);
        reads.staffRow(type.code(), id, staff);
        if (in == null || in.values() == null) {
            throw GongkaiException.invalid("values", "platform.error.required");
        }
        store.correct(id, in.values(), in.reason(), staff);
        return RowMapping.staff(type, reads.staffRow(type.code(), id, staff), reads, true);
    }

    @Operation(summary = "Publish a draft row (PUBLISHER): meets its duty, on time or late; 409 NOT_DRAFT otherwise")
    @PostMapping("/api/v1/registers/{code}/rows/{id}/publish")
    RowJson.StaffRow publish(@PathVariable String code, @PathVariable long id) {
        StaffMember staff = current.get();
        RegisterType type = catalog.required(code);
        reads.staffRow(type.code(), id, staff);
        store.publish(id, staff);
        return RowMapping.staff(type, reads.staffRow(type.code(), id, staff), reads, true);
    }

    @Operation(summary = "Retract a row with a public reason (PUBLISHER or OFFICE_REVIEWER)")
    @PostMapping("/api/v1/registers/{code}/rows/{id}/retract")
    RowJson.StaffRow retract(@PathVariable String code, @PathVariable long id,
            @RequestBody(required = false) RowJson.Retraction in) {
        StaffMember staff = current.get();
        RegisterType type = catalog.required(code);
        reads.staffRow(type.code(), id, staff);
        store.retract(id, in == null ? null : in.reason(), staff);
        return RowMapping.staff(type, reads.staffRow(type.code(), id, staff), reads, true);
    }

    static RowState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            RowState s = RowState.valueOf(state.strip().toUpperCase(java.util.Locale.ROOT));
            if (s != RowState.STAGED) {
                return s;
            }
        }
        catch (IllegalArgumentException e) {
            // answered below, naming the parameter
        }
        throw GongkaiException.invalid("state", "registers.rows.error.state");
    }
}
