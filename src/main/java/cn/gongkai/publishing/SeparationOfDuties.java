package cn.gongkai.publishing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.attachments.Attachments;

/**
 * Separation of duties (issue 10 B.4; SPEC M3 review workflow): whoever drafted a record — created
 * it, edited it, imported its body, attached a file, submitted or revised it — never reviews it,
 * confirms its personal data or publishes it, whatever roles they hold. And unless the organ has
 * turned it off ({@link ReviewPolicies}), each stage of one review round (department review,
 * openness-office review, confidentiality review, publication) is done by a different person. A
 * round starts at each submission, so a return and resubmission starts afresh. The facts come from
 * the record's steps ({@code record_step}), which every workflow action already writes.
 */
@Component
public class SeparationOfDuties {

    /** What the person is about to do. */
    public enum Duty { REVIEW, CONFIRM_PERSONAL_DATA, PUBLISH }

    /** A refusal: stable code, message key and arguments (resolved in the UI language). */
    public record Refusal(String code, String messageKey, Object... args) {

        GongkaiException exception() {
            return GongkaiException.refused(code, messageKey, args);
        }
    }

    static final String DRAFTER_RULE = "SEPARATION_OF_DUTIES_DRAFTER";
    static final String STAGE_RULE = "SEPARATION_OF_DUTIES_STAGE";
    private static final Set<String> AUTHORING = Set.of("created", "edited", "body-imported", "submitted", "revised");
    private static final Set<String> STAGE_DONE = Set.of("passed", "approved");

    private final RecordSteps steps;
    private final Attachments attachments;
    private final ReviewPolicies policies;

    SeparationOfDuties(RecordSteps steps, Attachments attachments, ReviewPolicies policies) {
        this.steps = steps;
        this.attachments = attachments;
        this.policies = policies;
    }

    /** Why {@code staff} may not do {@code duty} on the record now, or empty when the rule allows it. */
    public Optional<Refusal> refusal(StaffMember staff, GovernmentRecord record, Duty duty) {
        List<RecordStep> history = steps.findByRecordIdOrderByAtAscIdAsc(record.getId());
        if (drafted(staff, record, history)) {
            return Optional.of(new Refusal(DRAFTER_RULE, "publishing.duty.drafter." + duty, record.getTitle()));
        }
        if (duty == Duty.CONFIRM_PERSONAL_DATA || !policies.distinctStages(record.getOrganId())) {
            return Optional.empty();
        }
        RecordState stageDone = stagesOfThisRound(history).get(staff.username());
        if (stageDone == null) {
            return Optional.empty();
        }
        RecordState now = duty == Duty.PUBLISH ? RecordState.APPROVED : record.getState();
        return Optional.of(new Refusal(STAGE_RULE, "publishing.duty.stage", record.getTitle(),
                stage(stageDone), stage(now)));
    }

    /** Refuses (422 naming the rule) when {@link #refusal} finds one; nothing is written. */
    void enforce(StaffMember staff, GovernmentRecord record, Duty duty) {
        Optional<Refusal> refused = refusal(staff, record, duty);
        if (refused.isPresent()) {
            throw refused.get().exception();
        }
    }

    private boolean drafted(StaffMember staff, GovernmentRecord record, List<RecordStep> history) {
        return record.getDrafterId() == staff.id()
                || history.stream().anyMatch(s -> AUTHORING.contains(s.getAction()) && staff.username().equals(s.getActor()))
                || attachments.existsByRecordIdAndUploadedBy(record.getId(), staff.username());
    }

    /** Who passed which stage since the last submission (actor → the state the stage was in). */
    private static Map<String, RecordState> stagesOfThisRound(List<RecordStep> history) {
        int start = 0;
        for (int i = 0; i < history.size(); i++) {
            if ("submitted".equals(history.get(i).getAction())) {
                start = i + 1;
            }
        }
        Map<String, RecordState> done = new LinkedHashMap<>();
        for (RecordStep s : history.subList(start, history.size())) {
            if (STAGE_DONE.contains(s.getAction()) && s.getFromState() != null) {
                done.putIfAbsent(s.getActor(), s.getFromState());
            }
        }
        return done;
    }

    private static DefaultMessageSourceResolvable stage(RecordState state) {
        return new DefaultMessageSourceResolvable(new String[] { "publishing.stage." + state.name() }, state.name());
    }
}
