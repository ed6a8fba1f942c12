package cn.gongkai.organization;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.platform.GongkaiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** JSON API for organs and staff accounts (staff token required; scope-checked by the use cases). */
@RestController
@Tag(name = "organization", description = "Organs, departments and staff accounts")
class OrganizationApi {

    private final Organization organization;
    private final OrganAdministration organs;
    private final StaffAdministration staff;

    OrganizationApi(Organization organization, OrganAdministration organs, StaffAdministration staff) {
        this.organization = organization;
        this.organs = organs;
        this.staff = staff;
    }

    record OrganView(long id, String code, String name, String shortName, OrganLevel level, String parent,
            String organizationCode, String creditCode, List<String> departments) {
    }

    @Operation(summary = "All organs in tree order")
    @GetMapping("/api/v1/organs")
    List<OrganView> organs() {
        List<Organ> all = organization.all();
        Map<Long, String> codes = all.stream().collect(java.util.stream.Collectors.toMap(Organ::getId, Organ::getCode));
        return all.stream().map(o -> view(o, codes.get(o.getParentId()), false)).toList();
    }

    @Operation(summary = "An organ")
    @GetMapping("/api/v1/organs/{code}")
    OrganView organ(@PathVariable String code) {
        Organ o = organization.organByCode(code).orElseThrow(() -> GongkaiException.notFound("organ", code));
        return view(o, o.getParentId() == null ? null : organization.organ(o.getParentId()).map(Organ::getCode).orElse(null), true);
    }

    @Operation(summary = "Add an organ (administrator of the parent)")
    @PostMapping("/api/v1/organs")
    @ResponseStatus(HttpStatus.CREATED)
    OrganView add(@RequestBody OrganAdministration.NewOrgan body) {
        Organ o = organs.add(body);
        return organ(o.getCode());
    }

    record Rename(String name, String shortName) {
    }

    @Operation(summary = "Rename an organ")
    @PatchMapping("/api/v1/organs/{code}")
    OrganView rename(@PathVariable String code, @RequestBody Rename body) {
        organs.rename(code, body.name(), body.shortName());
        return organ(code);
    }

    record Move(String parent) {
    }

    @Operation(summary = "Move an organ (and its subtree) under another parent")
    @PostMapping("/api/v1/organs/{code}/move")
    OrganView move(@PathVariable String code, @RequestBody Move body) {
        organs.move(code, body.parent());
        return organ(code);
    }

    @Operation(summary = "Staff accounts of the organs the caller administers")
    @GetMapping("/api/v1/staff")
    List<StaffAdministration.StaffView> staff(@RequestParam(required = false) String organ) {
        return staff.list(organ);
    }

    @Operation(summary = "A staff account")
    @GetMapping("/api/v1/staff/{id}")
    StaffAdministration.StaffView staffMember(@PathVariable long id) {
        return staff.get(id);
    }

    @Operation(summary = "Create a staff account", description = "Without a password a temporary one is "
            + "generated and returned once as temporaryPassword.")
    @PostMapping("/api/v1/staff")
    @ResponseStatus(HttpStatus.CREATED)
    StaffAdministration.Created create(@RequestBody StaffAdministration.NewStaff body) {
        return staff.create(body);
    }

    @Operation(summary = "Disable a staff account")
    @PostMapping("/api/v1/staff/{id}/disable")
    StaffAdministration.StaffView disable(@PathVariable long id) {
        return staff.disable(id);
    }

    @Operation(summary = "Enable a staff account")
    @PostMapping("/api/v1/staff/{id}/enable")
    StaffAdministration.StaffView enable(@PathVariable long id) {
        return staff.enable(id);
    }

    @Operation(summary = "Reset the password", description = "Returns a temporary password once; unlocks the "
            + "account and revokes its tokens.")
    @PostMapping("/api/v1/staff/{id}/reset-password")
    Map<String, String> resetPassword(@PathVariable long id) {
        return Map.of("temporaryPassword", staff.resetPassword(id));
    }

    @Operation(summary = "Replace the account's role grants")
    @PutMapping("/api/v1/staff/{id}/roles")
    StaffAdministration.StaffView roles(@PathVariable long id, @RequestBody List<StaffAdministration.RoleGrant> body) {
        return staff.assignRoles(id, body);
    }

    private OrganView view(Organ o, String parent, boolean withDepartments) {
        List<String> departments = withDepartments
                ? organization.departments(o.getId()).stream().map(Department::getName).toList() : null;
        return new OrganView(o.getId(), o.getCode(), o.getName(), o.getShortName(), o.getLevel(), parent,
                o.getOrganizationCode(), o.getCreditCode(), departments);
    }
}
