package cn.gongkai.organization;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The stored openness office of one organ. */
@Entity
@Table(name = "organ_openness_office")
class OpennessOfficeEntry {

    @Id
    private Long organId;
    private String officeName;
    private String address;
    private String hours;
    private String phone;
    private String fax;
    private String postalAddress;
    private String postcode;
    private String internet;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private int version;

    protected OpennessOfficeEntry() {
    }

    OpennessOfficeEntry(long organId) {
        this.organId = organId;
    }

    void edit(OpennessOffice o, String by, Instant at) {
        this.officeName = o.officeName();
        this.address = o.address();
        this.hours = o.hours();
        this.phone = o.phone();
        this.fax = o.fax();
        this.postalAddress = o.postalAddress();
        this.postcode = o.postcode();
        this.internet = o.internet();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    OpennessOffice view() {
        return new OpennessOffice(organId, officeName, address, hours, phone, fax, postalAddress, postcode, internet);
    }
}
