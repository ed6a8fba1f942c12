package cn.gongkai.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An internal department of an organ (内设机构), e.g. 办公厅, 政策法规司. */
@Entity
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organId;
    private String name;
    private int sortOrder;

    protected Department() {
    }

    Department(Long organId, String name, int sortOrder) {
        this.organId = organId;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganId() {
        return organId;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
