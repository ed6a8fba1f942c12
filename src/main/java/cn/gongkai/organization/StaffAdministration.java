package cn.gongkai.organization;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.platform.TextLength;

/**
 * Managing staff accounts: create, disable, enable, reset passwords, assign roles. The caller must
 * be an ADMINISTRATOR whose grant reaches the account's organ and every organ a role is granted
 * for: a user of one organ can never act for another.
 */
@Service
@Transactional
public class StaffAdministration {

    static final int MIN_PASSWORD = 10;

    private final StaffAccounts accounts;
    private final Organization organization;
    private final CurrentStaff current;
    private final PasswordEncoder encoder;
    private final ApiTokens tokens;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final AuditLog audit;

    StaffAdministration(StaffAccounts accounts, Organization organization, CurrentStaff current,
            PasswordEncoder encoder, ApiTokens tokens, LoginThrottle throttle, Clock clock, AuditLog audit) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.organization = organization;
        this.current = current;
        this.encoder = encoder;
        this.tokens = tokens;
        this.clock = clock;
        this.audit = audit;
    }

    /** A role to grant: role name, organ code, optional department id. */
    public record RoleGrant(String role, String organ, Long department) {
    }

    public record NewStaff(String username, String displayName, String email, String organ, Long department,
            String password, List<RoleGrant> roles) {
    }

    /** An account as administrators see it (never the password hash). */
    public record StaffView(long id, String username, String displayName, String email, String organ,
            Long department, boolean enabled, boolean locked, boolean totp, List<Grant> grants) {
    }

    /** Creates an account; when no password is given a temporary one is generated and returned once. */
    public Created create(NewStaff n) {
        List<FieldProblem> problems = new ArrayList<>();
        if (n.username() == null || !n.username().trim().matches("[a-z0-9][a-z0-9._-]{1,59}")) {
            problems.add(new FieldProblem("username", "organization.error.usernameFormat"));
        }
        else if (accounts.existsByUsername(n.username().trim())) {
            problems.add(new FieldProblem("username", "organization.error.usernameTaken", n.username()));
        }
        OrganRules.name("displayName", n.displayName(), problems);
        if (n.email() != null && !n.email().isBlank() && !n.email().trim().matches("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+")) {
            problems.add(new FieldProblem("email", "organization.error.email"));
        }
        else if (n.email() != null) {
            TextLength.check(problems, "email", n.email().trim(), 200);
        }
        if (n.password() != null && !n.password().isEmpty() && n.password().length() < MIN_PASSWORD) {
            problems.add(new FieldProblem("password", "organization.error.passwordShort", MIN_PASSWORD));
        }
        OrganRules.passwordLength("password", n.password(), problems);
        Organ organ = organOrProblem("organ", n.organ(), problems);
        List<Grant> grants = grants(n.roles(), problems);
        if (organ != null && n.department() != null && organization.department(n.department())
                .filter(d -> d.getOrganId().equals(organ.getId())).isEmpty()) {
            problems.add(new FieldProblem("department", "organization.error.unknownDepartment", n.department()));
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        requireAdministrator(organ.getId());
        grants.forEach(g -> requireAdministrator(g.organId()));
        String password = n.password() == null || n.password().isEmpty() ? temporaryPassword() : n.password();
        StaffAccount account = accounts.saveAndFlush(new StaffAccount(n.username().trim(), n.displayName().trim(),
                blankToNull(n.email()), organ.getId(), n.department(), encoder.encode(password), clock.instant()));
        account.replaceGrants(grants);
        audit.record("staff.created", "user", account.getUsername(), "organ " + organ.getCode() + ", roles " + grants);
        return new Created(view(account), n.password() == null || n.password().isEmpty() ? password : null);
    }

    public record Created(StaffView staff, String temporaryPassword) {
    }

    public StaffView disable(long id) {
        StaffAccount account = manageable(id);
        if (account.getId().equals(current.get().id())) {
            throw GongkaiException.invalid("id", "organization.error.disableSelf");
        }
        account.disable();
        tokens.revokeAll(id);
        audit.record("staff.disabled", "user", account.getUsername(), null);
        return view(account);
    }

    public StaffView enable(long id) {
        StaffAccount account = manageable(id);
        account.enable();
        throttle.clear(account.getUsername());
        audit.record("staff.enabled", "user", account.getUsername(), null);
        return view(account);
    }

    /** Sets a new temporary password (returned once), unthrottles the account, ends its sessions and tokens. */
    public String resetPassword(long id) {
        StaffAccount account = manageable(id);
        String password = temporaryPassword();
        account.changePassword(encoder.encode(password), clock.instant());
        tokens.revokeAll(id);
        throttle.clear(account.getUsername());
        audit.record("staff.password-reset", "user", account.getUsername(), null);
        return password;
    }

    public StaffView assignRoles(long id, List<RoleGrant> roles) {
        StaffAccount account = manageable(id);
        List<FieldProblem> problems = new ArrayList<>();
        List<Grant> grants = grants(roles, problems);
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        grants.forEach(g -> requireAdministrator(g.organId()));
        account.grants().forEach(g -> requireAdministrator(g.organId()));
        long stamp = account.getSecurityStamp();
        account.replaceGrants(grants);
        if (account.getSecurityStamp() != stamp) {
            tokens.revokeAll(id); // a removed role ends the sessions and tokens; an added one applies to them at once
        }
        audit.record("staff.roles-assigned", "user", account.getUsername(), String.valueOf(grants));
        return view(account);
    }

    /** Accounts of the organs the caller administers, optionally of one organ. */
    @Transactional(readOnly = true)
    public List<StaffView> list(String organCode) {
        StaffMember me = current.get();
        List<Long> organs = (organCode == null || organCode.isBlank()
                ? me.grants().stream().filter(g -> g.role() == Role.ADMINISTRATOR)
                        .flatMap(g -> organization.subtree(g.organId()).stream()).map(Organ::getId).distinct().toList()
                : List.of(organization.requireOrgan("organ", organCode).getId()));
        organs.forEach(this::requireAdministrator);
        return accounts.findByOrganIdInOrderByUsernameAsc(organs).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public StaffView get(long id) {
        return view(manageable(id));
    }

    /** The caller changes their own password (old one required); their other sessions and their tokens end. */
    public void changeOwnPassword(String oldPassword, String newPassword) {
        StaffAccount account = accounts.findById(current.get().id()).orElseThrow(GongkaiException::forbidden);
        List<FieldProblem> tooLong = new ArrayList<>();
        OrganRules.passwordLength("oldPassword", oldPassword, tooLong);
        OrganRules.passwordLength("newPassword", newPassword, tooLong);
        if (!tooLong.isEmpty()) {
            throw GongkaiException.invalid(tooLong);
        }
        if (oldPassword == null || !encoder.matches(oldPassword, account.getPasswordHash())) {
            throw GongkaiException.invalid("oldPassword", "organization.error.oldPassword");
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD) {
            throw GongkaiException.invalid("newPassword", "organization.error.passwordShort", MIN_PASSWORD);
        }
        account.changePassword(encoder.encode(newPassword), clock.instant());
        tokens.revokeAll(account.getId());
        audit.record("staff.password-changed", "user", account.getUsername(), null);
    }

    StaffView view(StaffAccount a) {
        String organ = organization.organ(a.getOrganId()).map(Organ::getCode).orElse(null);
        return new StaffView(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), organ, a.getDepartmentId(),
                a.isEnabled(), throttle.accountBlockedUntil(a.getUsername(), clock.instant()) != null,
                a.getTotpSecret() != null, a.grants());
    }

    private StaffAccount manageable(long id) {
        StaffAccount account = accounts.findById(id).orElseThrow(() -> GongkaiException.notFound("staff", id));
        requireAdministrator(account.getOrganId());
        return account;
    }

    private List<Grant> grants(List<RoleGrant> roles, List<FieldProblem> problems) {
        List<Grant> grants = new ArrayList<>();
        if (roles == null) {
            return grants;
        }
        for (int i = 0; i < roles.size(); i++) {
            RoleGrant r = roles.get(i);
            Role role = null;
            try {
                role = r == null || r.role() == null ? null : Role.valueOf(r.role().trim().toUpperCase());
            }
            catch (IllegalArgumentException e) {
                // reported below
            }
            if (role == null) {
                problems.add(new FieldProblem("roles[" + i + "].role", "organization.error.unknownRole",
                        r == null ? null : r.role()));
                continue;
            }
            Organ organ = organOrProblem("roles[" + i + "].organ", r.organ(), problems);
            if (organ != null && r.department() != null && organization.department(r.department())
                    .filter(d -> d.getOrganId().equals(organ.getId())).isEmpty()) {
                problems.add(new FieldProblem("roles[" + i + "].department", "organization.error.unknownDepartment",
                        r.department()));
            }
            else if (organ != null) {
                grants.add(new Grant(role, organ.getId(), r.department()));
            }
        }
        return grants;
    }

    private Organ organOrProblem(String field, String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem(field, "platform.error.required"));
            return null;
        }
        Organ organ = organization.organByCode(code).orElse(null);
        if (organ == null) {
            problems.add(new FieldProblem(field, "organization.error.unknownOrgan",
                    code.length() > 60 ? code.substring(0, 60) : code));
        }
        return organ;
    }

    private void requireAdministrator(long organId) {
        if (!organization.may(current.get(), Role.ADMINISTRATOR, organId)) {
            throw GongkaiException.forbidden();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String temporaryPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
