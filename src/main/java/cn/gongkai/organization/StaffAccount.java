package cn.gongkai.organization;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

/**
 * A staff member's account: credentials, lockout state, optional TOTP secret and role grants.
 * Lockout (SPEC M12): {@code maxFailures} consecutive failed logins lock it for a period.
 */
@Entity
class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String email;
    private Long organId;
    private Long departmentId;
    private String passwordHash;
    private boolean enabled = true;
    private int failedLogins;
    private Instant lockedUntil;
    private String totpSecret;
    private Instant createdAt;
    private Instant passwordChangedAt;
    @Version
    @Column(name = "version")
    private int revision;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "staffId", insertable = false, updatable = false)
    private List<RoleAssignment> assignments = new ArrayList<>();

    protected StaffAccount() {
    }

    StaffAccount(String username, String displayName, String email, Long organId, Long departmentId,
            String passwordHash, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.organId = organId;
        this.departmentId = departmentId;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failure; the {@code maxFailures}-th consecutive one locks the account. */
    boolean recordFailedLogin(Instant now, int maxFailures, Duration lockout) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failedLogins = 0;
            return true;
        }
        return false;
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
        lockedUntil = null;
        failedLogins = 0;
    }

    void changePassword(String hash, Instant now) {
        passwordHash = hash;
        passwordChangedAt = now;
        lockedUntil = null;
        failedLogins = 0;
    }

    void enableTotp(String secret) {
        totpSecret = secret;
    }

    void disableTotp() {
        totpSecret = null;
    }

    void replaceGrants(List<Grant> grants) {
        assignments.clear();
        grants.stream().distinct().forEach(g -> assignments.add(new RoleAssignment(id, g)));
    }

    List<Grant> grants() {
        return assignments.stream().map(RoleAssignment::grant).toList();
    }

    StaffMember toMember() {
        return new StaffMember(id, username, displayName, email, organId, departmentId, grants());
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getEmail() {
        return email;
    }

    Long getOrganId() {
        return organId;
    }

    Long getDepartmentId() {
        return departmentId;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    int getFailedLogins() {
        return failedLogins;
    }
}
