package cn.gongkai.organization;

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
 * A staff member's account: credentials, optional TOTP secret, role grants and the security stamp
 * that ends its sessions and tokens. Failed logins are throttled by {@link LoginThrottle}, never
 * by locking the account itself (the old {@code failed_logins}/{@code locked_until} columns are unused).
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
    private String totpSecret;
    private Instant createdAt;
    private Instant passwordChangedAt;
    private long securityStamp;
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

    /** Ends every session and token of the account: they carry the stamp they were issued with. */
    void endSessions() {
        securityStamp++;
    }

    void disable() {
        enabled = false;
        endSessions();
    }

    void enable() {
        enabled = true;
    }

    void changePassword(String hash, Instant now) {
        passwordHash = hash;
        passwordChangedAt = now;
        endSessions();
    }

    void enableTotp(String secret) {
        totpSecret = secret;
    }

    void disableTotp() {
        totpSecret = null;
    }

    /** Replaces the grants; removing any grant ends the account's sessions, added ones apply at once. */
    void replaceGrants(List<Grant> grants) {
        if (!grants.containsAll(grants())) {
            endSessions();
        }
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

    long getSecurityStamp() {
        return securityStamp;
    }

    String getTotpSecret() {
        return totpSecret;
    }
}
