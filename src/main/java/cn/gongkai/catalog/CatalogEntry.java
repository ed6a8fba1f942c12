package cn.gongkai.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An entry of the disclosure catalogue (主动公开目录条目): what is disclosed (content), who is
 * responsible, within which time limit and how (Implementation Measures 七(三)). Base entries
 * belong to SAT and are inherited by every organ.
 */
@Entity
public class CatalogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long organId;
    private boolean base;
    private String code;
    private String category;
    private String name;
    private String content;
    private String responsibleDepartment;
    private String timeLimit;
    private String method;
    private String sourceClause;
    private Integer maxAgeDays;
    private int sortOrder;
    @Version
    @Column(name = "version")
    private int revision;

    protected CatalogEntry() {
    }

    CatalogEntry(long organId, String code, String category, String name, String content,
            String responsibleDepartment, String timeLimit, String method, Integer maxAgeDays, int sortOrder) {
        this.organId = organId;
        this.code = code;
        this.category = category;
        this.name = name;
        this.content = content;
        this.responsibleDepartment = responsibleDepartment;
        this.timeLimit = timeLimit;
        this.method = method;
        this.maxAgeDays = maxAgeDays;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public long getOrganId() {
        return organId;
    }

    /** Whether the entry belongs to SAT's base catalogue (inherited by every organ). */
    public boolean isBase() {
        return base;
    }

    public String getCode() {
        return code;
    }

    public String getCategory() {
        return category;
    }

    public String getName() {
        return name;
    }

    public String getContent() {
        return content;
    }

    public String getResponsibleDepartment() {
        return responsibleDepartment;
    }

    public String getTimeLimit() {
        return timeLimit;
    }

    public String getMethod() {
        return method;
    }

    /** The clause of the Implementation Measures or the Regulations the entry comes from, or null. */
    public String getSourceClause() {
        return sourceClause;
    }

    /** For recurring information: how old the newest record may be before it counts as stale; null = no limit. */
    public Integer getMaxAgeDays() {
        return maxAgeDays;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** Code and name, as shown in lists: "02.02 税收规范性文件". */
    public String label() {
        return code + " " + name;
    }

    /** The name in the UI language (English where the base catalogue has one). */
    public String nameIn(java.util.Locale locale) {
        return EnglishEntryNames.in(name, locale);
    }

    /** Code and name in the UI language: "02.02 Normative tax documents" in English. */
    public String label(java.util.Locale locale) {
        return code + " " + nameIn(locale);
    }
}
