package cn.gongkai.requests.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.requests.ReplyClass;
import cn.gongkai.requests.clock.RequestClock;
import cn.gongkai.requests.dossier.DisclosureRequest;
import cn.gongkai.requests.dossier.Requests;
import cn.gongkai.requests.dossier.RequestsSettings;
import cn.gongkai.requests.replies.Refusals;

/**
 * Candidates for proactive disclosure (Measures 七(四); Regulations art. 44: "多个申请人就相同政府信息
 * 向同一行政机关提出公开申请，且该政府信息属于可以公开的，行政机关可以纳入主动公开的范围"): an organ's
 * requests of the last {@code gongkai.requests.candidate-window-days} (365) days are grouped when their
 * descriptions are similar
 * ({@link SimilarDescriptions}, single-linkage), and a group counts when at least two different
 * applicants are in it. Staff can suggest a group for proactive disclosure (audited).
 */
@Service
@Transactional
class DisclosureCandidates {

    static final int MAX_REQUESTS = 5_000;

    private final Requests requests;
    private final Organization organization;
    private final RequestsSettings settings;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final RequestClock requestClock;

    DisclosureCandidates(Requests requests, Organization organization, RequestsSettings settings, JdbcClient jdbc,
            AuditLog audit, Clock clock, RequestClock requestClock) {
        this.requests = requests;
        this.organization = organization;
        this.settings = settings;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.requestClock = requestClock;
    }

    /** A group of similar requests by {@code applicants} different applicants. */
    record Group(String key, String sample, int applicants, List<String> trackingCodes, List<Long> requestIds,
            boolean anyDisclosed, boolean suggested) {
    }

    @Transactional(readOnly = true)
    List<Group> groups(long organId) {
        LocalDate today = requestClock.today();
        List<DisclosureRequest> recent = requests.findByOrganIdAndReceivedOnBetweenOrderByReceivedOnAscIdAsc(organId,
                today.minusDays(settings.candidateWindowDays()), today);
        if (recent.size() > MAX_REQUESTS) {
            recent = recent.subList(recent.size() - MAX_REQUESTS, recent.size());
        }
        List<Set<String>> grams = recent.stream().map(r -> SimilarDescriptions.bigrams(r.getDescription())).toList();
        int[] parent = new int[recent.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < recent.size(); i++) {
            for (int j = i + 1; j < recent.size(); j++) {
                if (SimilarDescriptions.jaccard(grams.get(i), grams.get(j)) >= settings.similarity()) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<DisclosureRequest>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < recent.size(); i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(recent.get(i));
        }
        Set<String> suggested = suggestedKeys(organId);
        return byRoot.values().stream()
                .map(g -> group(g, suggested))
                .filter(g -> g.applicants() >= 2)
                .sorted(Comparator.comparingInt(Group::applicants).reversed())
                .toList();
    }

    /** Records the suggestion to disclose the group's information proactively (OFFICE_REVIEWER or handler). */
    void suggest(StaffMember staff, long organId, String key) {
        if (!organization.may(staff, Role.REQUEST_HANDLER, organId)
                && !organization.may(staff, Role.OFFICE_REVIEWER, organId)) {
            throw GongkaiException.forbidden();
        }
        Group group = groups(organId).stream().filter(g -> g.key().equals(key)).findFirst()
                .orElseThrow(() -> GongkaiException.notFound("group", key));
        if (group.suggested()) {
            throw Refusals.of("ALREADY_SUGGESTED", "requests.candidates.error.already");
        }
        jdbc.sql("""
                insert into request_disclosure_suggestion (organ_id, request_ids, sample_description, suggested_by, suggested_at)
                values (:organ, :ids, :sample, :by, :at)""")
                .param("organ", organId).param("ids", key).param("sample", group.sample())
                .param("by", staff.username()).param("at", java.sql.Timestamp.from(clock.instant())).update();
        audit.record("request.disclosure-suggested", "organ", organId, "requests=" + key);
    }

    private Group group(List<DisclosureRequest> members, Set<String> suggested) {
        String key = members.stream().map(r -> String.valueOf(r.getId())).collect(Collectors.joining(","));
        Map<String, Boolean> applicants = new HashMap<>();
        members.forEach(r -> applicants.put(r.applicant().identity(), true));
        boolean disclosed = members.stream().anyMatch(r -> r.getReplyClass() == ReplyClass.DISCLOSED
                || r.getReplyClass() == ReplyClass.PARTIALLY_DISCLOSED);
        return new Group(key, members.get(0).getDescription(), applicants.size(),
                members.stream().map(r -> r.trackingCode().display()).toList(),
                members.stream().map(DisclosureRequest::getId).toList(), disclosed,
                suggested.stream().anyMatch(s -> overlaps(s, members)));
    }

    private static boolean overlaps(String ids, List<DisclosureRequest> members) {
        Set<String> earlier = Set.of(ids.split(","));
        return members.stream().anyMatch(r -> earlier.contains(String.valueOf(r.getId())));
    }

    private Set<String> suggestedKeys(long organId) {
        return Set.copyOf(jdbc.sql("select request_ids from request_disclosure_suggestion where organ_id = :organ")
                .param("organ", organId).query(String.class).list());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
