package cn.gongkai.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A tax organ (税务机关). {@code path} is the materialized path of ids ("/1/26/27/") so that a
 * subtree is one indexed prefix query. {@code organizationCode} (组织机构代码) prefixes index numbers.
 */
@Entity
public class Organ {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String shortName;
    @Enumerated(EnumType.STRING)
    private OrganLevel level;
    private Long parentId;
    private String path;
    private String divisionCode;
    private String organizationCode;
    private String creditCode;
    private int sortOrder;
    @Version
    @Column(name = "version")
    private int revision;

    protected Organ() {
    }

    Organ(String code, String name, String shortName, OrganLevel level, Organ parent, String divisionCode,
            String organizationCode, String creditCode) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.level = level;
        this.parentId = parent.id;
        this.path = parent.path;
        this.divisionCode = divisionCode;
        this.organizationCode = organizationCode;
        this.creditCode = creditCode;
    }

    /** Completes the path once the id is known. */
    void placed() {
        if (!path.endsWith("/" + id + "/")) {
            path = path + id + "/";
        }
    }

    void rename(String name, String shortName) {
        this.name = name;
        this.shortName = shortName;
    }

    /** Moves under a new parent; returns the old path prefix so that descendants can follow. */
    String moveUnder(Organ parent) {
        String old = path;
        parentId = parent.id;
        path = parent.path + id + "/";
        level = parent.level.below();
        return old;
    }

    void rebase(String oldPrefix, String newPrefix) {
        path = newPrefix + path.substring(oldPrefix.length());
    }

    public boolean isWithin(Organ ancestor) {
        return path.startsWith(ancestor.path);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    /** The name in the UI language: English where the organ has an English name, else the Chinese name. */
    public String nameIn(java.util.Locale locale) {
        String[] en = english(locale);
        return en == null ? name : en[0];
    }

    /** The short name in the UI language (see {@link #nameIn}). */
    public String shortNameIn(java.util.Locale locale) {
        String[] en = english(locale);
        return en == null ? shortName : en[en.length > 1 ? 1 : 0];
    }

    private String[] english(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EnglishOrganNames.of(code) : null;
    }

    public OrganLevel getLevel() {
        return level;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getPath() {
        return path;
    }

    public String getDivisionCode() {
        return divisionCode;
    }

    public String getOrganizationCode() {
        return organizationCode;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** Depth in the tree: SAT is 0. */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }
}
