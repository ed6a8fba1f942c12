package cn.gongkai.portal;

import java.util.List;

import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.publishing.DisclosureAttribute;
import cn.gongkai.publishing.Drafting;
import cn.gongkai.publishing.Publication;
import cn.gongkai.publishing.RecordInput;
import cn.gongkai.publishing.RecordType;
import cn.gongkai.publishing.Records;
import cn.gongkai.publishing.Reviewing;

/** Records published and withdrawn through the real workflow, as the portal's tests need them. */
record PortalFixtures(Drafting drafting, Reviewing reviewing, Publication publication, Records records,
        Organization organization) {

    /** The fixtures over the application's own services. */
    static PortalFixtures of(org.springframework.context.ApplicationContext context) {
        return new PortalFixtures(context.getBean(Drafting.class), context.getBean(Reviewing.class),
                context.getBean(Publication.class), context.getBean(Records.class), context.getBean(Organization.class));
    }

    /** The demo notice issuing the Implementation Measures (税总发〔2017〕44号), with its DOCX attachment. */
    static final String MEASURES_TITLE = "国家税务总局关于印发《全面推进政务公开工作实施办法》的通知";
    static final String DEMO_POLICY_TITLE = "国家税务总局关于做好政策解读工作的公告（演示数据）";

    /** Guangdong publishes a record of its own under the catalogue entry; returns its id. */
    long guangdongPublishes(String title, String catalogEntry, String body) {
        return publishes("gd-drafter", "gd-office", "gd-publisher", "guangdong", RecordType.OTHER, title, catalogEntry,
                body, null, null);
    }

    long satPublishes(String title, String catalogEntry, String body) {
        return publishes("sat-drafter", "sat-office", "sat-publisher", "sat", RecordType.OTHER, title, catalogEntry,
                body, null, null);
    }

    /** SAT publishes a record with one attachment; returns its id. */
    long satPublishesWithAttachment(String title, String catalogEntry, String body, String fileName, byte[] file) {
        return publishes("sat-drafter", "sat-office", "sat-publisher", "sat", RecordType.OTHER, title, catalogEntry,
                body, fileName, file);
    }

    /** SAT publishes a rule (规章, a policy every provincial site republishes) under entry 02.01. */
    long satPublishesRule(String title) {
        return publishes("sat-drafter", "sat-office", "sat-publisher", "sat", RecordType.RULE, title, "02.01",
                "<p>规章正文</p>", null, null);
    }

    void withdraw(String office, long id, String reason) {
        publication.withdraw(staff(office), id, reason);
    }

    long demoRecordId(String title) {
        return records.findAll().stream().filter(r -> title.equals(r.getTitle())).findFirst().orElseThrow().getId();
    }

    /** Drafted by one person, reviewed by a second and published by a third (separation of duties). */
    private long publishes(String drafterName, String officeName, String publisherName, String organ, RecordType type,
            String title, String catalogEntry, String body, String fileName, byte[] file) {
        StaffMember drafter = staff(drafterName);
        StaffMember office = staff(officeName);
        long id = drafting.create(drafter, new RecordInput(organ, title, type, null, List.of(), null,
                catalogEntry, DisclosureAttribute.PROACTIVE, null, null, null, null, null, null, body, null, null, null,
                null, false)).record().getId();
        if (file != null) {
            drafting.attach(drafter, id, fileName, file);
        }
        drafting.submit(drafter, id);
        while (Reviewing.roleFor(records.findById(id).orElseThrow().getState()) != null) {
            reviewing.review(office, id, Reviewing.Decision.APPROVE, null, false);
        }
        publication.publish(staff(publisherName), id, null);
        return id;
    }

    private StaffMember staff(String username) {
        return organization.staffByUsername(username).orElseThrow();
    }
}
