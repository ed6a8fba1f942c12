package cn.gongkai.requests.replies;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import cn.gongkai.platform.ChineseNumerals;
import cn.gongkai.obligations.LegalRemedies;
import cn.gongkai.obligations.Remedy;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.requests.ReplyClass;

/**
 * The remedies paragraph of a letter (行政复议法 2023 art. 20, 22, 23, 25–27; 行政诉讼法 art. 45,
 * 46): reconsideration first where the rulebook's {@code reconsideration-first} cases name the
 * reply class (不予公开 and 部分公开), otherwise reconsideration or litigation; the reconsideration
 * organ is the organ one level up in the organ tree (tax authorities are vertically managed), or
 * the SAT itself for its own acts. Periods and sources are the rulebook's versions in force on the
 * day of the letter; the wording is {@code requests/letters/parts/}.
 */
@Component
class RemedyClause {

    private final LegalRemedies remedies;
    private final Organization organization;

    RemedyClause(LegalRemedies remedies, Organization organization) {
        this.remedies = remedies;
        this.organization = organization;
    }

    /** The reconsideration organ for an act of {@code organ}. */
    Organ reconsiderationOrgan(Organ organ) {
        return organ.getParentId() == null ? organ : organization.organ(organ.getParentId()).orElseThrow();
    }

    boolean reconsiderationFirst(ReplyClass replyClass, LocalDate on) {
        return remedies.reconsiderationFirst(replyClass.name(), on);
    }

    /** The paragraph for a letter of {@code replyClass} by {@code organ} dated {@code on}. */
    String paragraph(Organ organ, ReplyClass replyClass, LocalDate on) {
        Organ reviewer = reconsiderationOrgan(organ);
        boolean own = reviewer.getId().equals(organ.getId());
        Map<String, String> v = new HashMap<>();
        v.put("reconsiderationOrgan", reviewer.getName());
        v.put("organSource", remedies.term(own ? LegalRemedies.ORGAN_OWN : LegalRemedies.ORGAN_SUPERIOR, on).sourceZh());
        period(v, "reconsideration", remedies.term(LegalRemedies.RECONSIDERATION, on));
        period(v, "litigation", remedies.term(LegalRemedies.LITIGATION_AFTER_RECONSIDERATION, on));
        period(v, "direct", remedies.term(LegalRemedies.DIRECT_LITIGATION, on));
        boolean first = reconsiderationFirst(replyClass, on);
        if (first) {
            v.put("firstSource", remedies.term(LegalRemedies.RECONSIDERATION_FIRST, on).sourceZh());
        }
        v.put("finalRuling", own ? remedies.find(LegalRemedies.FINAL_RULING, on)
                .map(r -> fill("final-ruling", Map.of("reconsiderationOrgan", reviewer.getName(),
                        "finalRulingSource", r.sourceZh()))).orElse("") : "");
        v.put("channels", remedies.find(LegalRemedies.CHANNELS, on)
                .map(r -> fill("channels", Map.of("channelsSource", r.sourceZh()))).orElse(""));
        return fill(first ? "remedies-first" : "remedies-either", v);
    }

    private static void period(Map<String, String> v, String name, Remedy r) {
        v.put(name + "Period", ChineseNumerals.of(r.amount()) + (r.unit() == Remedy.Unit.MONTHS ? "个月" : "日"));
        v.put(name + "Source", r.sourceZh());
    }

    private static String fill(String part, Map<String, String> values) {
        try (InputStream in = new ClassPathResource("requests/letters/parts/" + part + ".txt").getInputStream()) {
            return LetterTemplates.fill(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip(), values);
        }
        catch (IOException e) {
            throw new IllegalStateException("letter part missing: " + part, e);
        }
    }
}
