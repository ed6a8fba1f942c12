package cn.gongkai.requests.replies;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.requests.ReplyClass;
import cn.gongkai.requests.intake.ApplicationRules;

/**
 * The reply-letter templates: a default per reply class shipped in {@code requests/letters/} and
 * each organ's edited version in the database. Placeholders are {@code {{name}}}; only the names
 * of {@link #PLACEHOLDERS} are allowed, so a typo is refused rather than printed.
 */
@Service
@Transactional
public class LetterTemplates {

    static final Set<String> PLACEHOLDERS = Set.of("organ", "trackingCode", "receivedOn", "clockStart",
            "repliedOn", "description", "replyClass", "reason", "legalBasis", "replyText", "attachments",
            "extension", "remedies", "reconsiderationOrgan", "seal");
    static final int MAX_BODY = 8000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

    private final LetterTemplateStore store;
    private final Organization organization;
    private final AuditLog audit;
    private final Clock clock;

    public LetterTemplates(LetterTemplateStore store, Organization organization, AuditLog audit, Clock clock) {
        this.store = store;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organ's template for the class, or the shipped default. */
    @Transactional(readOnly = true)
    String body(long organId, ReplyClass replyClass) {
        return store.findByOrganIdAndReplyClass(organId, replyClass).map(LetterTemplate::getBody)
                .orElseGet(() -> shipped(replyClass));
    }

    @Transactional(readOnly = true)
    boolean isEdited(long organId, ReplyClass replyClass) {
        return store.findByOrganIdAndReplyClass(organId, replyClass).isPresent();
    }

    public static String shipped(ReplyClass replyClass) {
        try (InputStream in = new ClassPathResource("requests/letters/" + replyClass.name() + ".txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new IllegalStateException("shipped letter template missing: " + replyClass, e);
        }
    }

    /** Saves the organ's version (OFFICE_REVIEWER or REQUEST_HANDLER of the organ); blank restores the default. */
    void save(StaffMember staff, long organId, ReplyClass replyClass, String body) {
        if (!organization.may(staff, Role.REQUEST_HANDLER, organId)
                && !organization.may(staff, Role.OFFICE_REVIEWER, organId)) {
            throw GongkaiException.forbidden();
        }
        Optional<LetterTemplate> existing = store.findByOrganIdAndReplyClass(organId, replyClass);
        if (body == null || body.isBlank()) {
            existing.ifPresent(store::delete);
            audit.record("request.letter-template.reset", "organ", organId, replyClass.name());
            return;
        }
        List<GongkaiException.FieldProblem> problems = new ArrayList<>();
        String text = ApplicationRules.text(problems, "body", body, true, MAX_BODY);
        Matcher m = PLACEHOLDER.matcher(body);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                problems.add(new GongkaiException.FieldProblem("body", "requests.templates.error.placeholder",
                        m.group(1), String.join(", ", PLACEHOLDERS.stream().sorted().toList())));
            }
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        LetterTemplate t = existing.orElseGet(() -> new LetterTemplate(organId, replyClass));
        t.edit(text, staff.username(), clock.instant());
        store.save(t);
        audit.record("request.letter-template.edit", "organ", organId, replyClass.name());
    }

    /** Fills the placeholders; unknown ones are left as written. */
    public static String fill(String body, java.util.Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
