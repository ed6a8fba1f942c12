package cn.gongkai.publishing.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.publishing.GovernmentRecord;
import cn.gongkai.publishing.RecordState;
import cn.gongkai.publishing.RecordType;
import cn.gongkai.publishing.Records;
import cn.gongkai.publishing.Reviewing;

/** Staff lists: records of the organs a user may see, filtered; and the review queue of a user. */
@Component
@Transactional(readOnly = true)
class RecordSearch {

    private final Records records;
    private final Organization organization;

    RecordSearch(Records records, Organization organization) {
        this.records = records;
        this.organization = organization;
    }

    /** List filters: state, type and a text in the title or document number. */
    record Filter(RecordState state, RecordType type, String q) {
    }

    Page<GovernmentRecord> find(StaffMember staff, Filter filter, Pageable page) {
        String like = filter == null || filter.q() == null || filter.q().isBlank() ? null
                : "%" + filter.q().strip().toLowerCase().replace("%", "").replace("_", "") + "%";
        return records.search(visibleOrgans(staff), filter == null ? null : filter.state(),
                filter == null ? null : filter.type(), like, page);
    }

    /** Records awaiting a review step the user may take, oldest first. */
    List<GovernmentRecord> queue(StaffMember staff) {
        return records.findByOrganIdInAndStateInOrderByUpdatedAtAsc(visibleOrgans(staff),
                List.of(RecordState.SUBMITTED, RecordState.OFFICE_REVIEW, RecordState.CONFIDENTIALITY_REVIEW,
                        RecordState.APPROVED)).stream()
                .filter(r -> r.getState() == RecordState.APPROVED
                        ? organization.may(staff, cn.gongkai.organization.Role.PUBLISHER, r.getOrganId())
                                && r.getPublishAt() == null
                        : organization.may(staff, Reviewing.roleFor(r.getState()), r.getOrganId()))
                .toList();
    }

    private List<Long> visibleOrgans(StaffMember staff) {
        return staff.grants().stream().flatMap(g -> organization.subtree(g.organId()).stream())
                .filter(o -> organization.maySee(staff, o.getId())).map(Organ::getId).distinct().toList();
    }
}
