package cn.gongkai.regulations.validity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.regulations.EffectType;

/**
 * Turns what a library document's text says ({@link NoticeReader}) into SUGGESTED effects (origin
 * TEXT) for staff to confirm, each with a note quoting its sentence and the affecting provision it
 * was read from. The affected document is found by its title in 《》 among the library's titles,
 * with and without 中华人民共和国; of several, the latest issued before the notice. What cannot be
 * placed is answered as unresolved, never guessed. A suggestion already on file is not repeated,
 * so asking twice adds nothing. The notice's own commencement on its effective day is no news and
 * is not suggested.
 */
@Service
public class EffectSuggestions {

    private final Effects effects;
    private final JdbcClient jdbc;

    EffectSuggestions(Effects effects, JdbcClient jdbc) {
        this.effects = effects;
        this.jdbc = jdbc;
    }

    /** A sentence that yields no suggestion: {@code reason} NO_SUCH_TITLE, NO_SUCH_PROVISION or NO_DAY. */
    public record Unresolved(String sentence, String title, String eid, String reason) {
    }

    public record Outcome(List<Effect> created, List<Unresolved> unresolved) {
    }

    private record Notice(String id, LocalDate effectiveOn, LocalDate expiresOn, LocalDate issuedOn, String preamble) {
    }

    private record Passage(String eid, String text) {
    }

    @Transactional
    public Outcome suggest(StaffMember staff, String documentId, String postedText) {
        Notice notice = jdbc.sql("select id, effective_on, expires_on, issued_on, preamble from reg_document where id = ?")
                .param(documentId).query((rs, n) -> new Notice(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5)))
                .optional().orElseThrow(() -> GongkaiException.notFound("document", documentId));
        effects.mayEnter(staff, documentId);
        List<Passage> passages = postedText != null && !postedText.isBlank() ? List.of(new Passage(null, postedText))
                : passages(notice);
        LocalDate fallback = notice.effectiveOn() != null ? notice.effectiveOn() : notice.issuedOn();
        String whole = String.join("\n", passages.stream().map(Passage::text).toList());
        LocalDate commencement = NoticeReader.read(whole, null).stream().filter(r -> r.type() == EffectType.COMMENCE)
                .map(NoticeReader.Reading::on).findFirst().orElse(fallback);
        List<Effect> created = new ArrayList<>();
        List<Unresolved> unresolved = new ArrayList<>();
        for (Passage p : passages) {
            for (NoticeReader.Reading r : NoticeReader.read(p.text(), commencement)) {
                if (r.title() == null && (r.type() == EffectType.COMMENCE && r.on().equals(notice.effectiveOn())
                        || r.type() == EffectType.EXPIRE && notice.expiresOn() != null
                                && r.on().equals(notice.expiresOn().plusDays(1)))) {
                    continue;
                }
                String target = r.title() == null ? documentId : byTitle(r.title(), notice);
                String why = target == null ? "NO_SUCH_TITLE" : r.on() == null ? "NO_DAY"
                        : r.eid() != null && !provisionExists(target, r.eid()) ? "NO_SUCH_PROVISION" : null;
                if (why != null) {
                    unresolved.add(new Unresolved(r.sentence(), r.title(), r.eid(), why));
                    continue;
                }
                Effects.Input in = new Effects.Input(r.eid(), documentId, p.eid(), r.type(), r.on(), null, r.newText(),
                        null, null, null, note(r.sentence()));
                if (!effects.known(target, in)) {
                    created.add(effects.enter(staff, target, in, "TEXT"));
                }
            }
        }
        return new Outcome(created, unresolved);
    }

    /** The document's words as they stand now, provision by provision (the preamble first). */
    private List<Passage> passages(Notice notice) {
        List<Passage> out = new ArrayList<>();
        if (notice.preamble() != null && !notice.preamble().isBlank()) {
            out.add(new Passage(null, notice.preamble()));
        }
        jdbc.sql("""
                select p.eid, v.body from reg_provision p join reg_provision_version v
                  on v.document_id = p.document_id and v.eid = p.eid
                where p.document_id = ? and v.valid_until is null order by p.seq, v.valid_from nulls first""")
                .param(notice.id()).query((rs, n) -> out.add(new Passage(rs.getString(1), rs.getString(2)))).list();
        return out;
    }

    /** The library document with that title (with or without 中华人民共和国), latest issued before the notice. */
    String byTitle(String title, Notice notice) {
        String wanted = normal(title);
        record Candidate(String id, String title, LocalDate issuedOn) {
        }
        List<Candidate> all = jdbc.sql("select id, title, issued_on from reg_document where id <> ?").param(notice.id())
                .query((rs, n) -> new Candidate(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
        return all.stream().filter(c -> normal(c.title()).equals(wanted))
                .filter(c -> notice.issuedOn() == null || c.issuedOn() == null || !c.issuedOn().isAfter(notice.issuedOn()))
                .max(Comparator.comparing(Candidate::issuedOn, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(Candidate::id).orElse(null);
    }

    static String normal(String title) {
        return title.replaceAll("[\\s\\u3000]", "").replaceFirst("^中华人民共和国", "");
    }

    private boolean provisionExists(String documentId, String eid) {
        return jdbc.sql("select count(*) from reg_provision where document_id = ? and eid = ?")
                .params(documentId, eid).query(Long.class).single() > 0;
    }

    private static String note(String sentence) {
        String quoted = "“" + sentence + "”";
        return quoted.length() <= 1000 ? quoted : quoted.substring(0, 999) + "…";
    }
}
