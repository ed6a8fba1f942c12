package cn.gongkai.regulations.answers;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.answers.Answer.AnswerState;
import cn.gongkai.regulations.answers.Answer.CitationInput;
import cn.gongkai.regulations.answers.Answer.Cited;
import cn.gongkai.regulations.answers.Answer.Flag;
import cn.gongkai.regulations.validity.Validities;
import cn.gongkai.regulations.Regulations;
import cn.gongkai.regulations.library.ProvisionPath;

/** The tables of the knowledge base (V10_40): answers, their citations and flags. */
@Repository
class AnswerStore {

    private final JdbcClient jdbc;
    private final Validities validities;
    private final Clock clock;

    AnswerStore(JdbcClient jdbc, Validities validities, Clock clock) {
        this.jdbc = jdbc;
        this.validities = validities;
        this.clock = clock;
    }

    long insert(long organId, Answer.Input in, LocalDate writtenOn, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into reg_answer (owner_organ_id, question, answer, category, keywords, state, flagged,
                  written_on, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, false, ?, ?, ?)""")
                .params(organId, in.question().strip(), in.answer().strip(), blankToNull(in.category()),
                        blankToNull(in.keywords()), state(in).name(), writtenOn, by, now())
                .update(key, "id");
        long id = key.getKey().longValue();
        writeCitations(id, in.citations());
        return id;
    }

    void update(long id, long organId, Answer.Input in, String by) {
        jdbc.sql("""
                update reg_answer set owner_organ_id = ?, question = ?, answer = ?, category = ?, keywords = ?,
                  state = ?, updated_by = ?, updated_at = ? where id = ?""")
                .params(organId, in.question().strip(), in.answer().strip(), blankToNull(in.category()),
                        blankToNull(in.keywords()), state(in).name(), by, now(), id)
                .update();
        jdbc.sql("delete from reg_answer_citation where answer_id = ?").param(id).update();
        writeCitations(id, in.citations());
    }

    private void writeCitations(long id, List<CitationInput> citations) {
        int seq = 0;
        for (CitationInput c : citations == null ? List.<CitationInput>of() : citations) {
            jdbc.sql("insert into reg_answer_citation (answer_id, seq, document_id, eid) values (?, ?, ?, ?)")
                    .params(id, seq++, c.documentId().strip(), c.eId().strip()).update();
        }
    }

    Optional<Answer> find(long id) {
        return jdbc.sql("""
                select id, owner_organ_id, question, answer, category, keywords, state, flagged, written_on,
                  reviewed_at, reviewed_by from reg_answer where id = ?""").param(id)
                .query((rs, n) -> new Answer(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), AnswerState.valueOf(rs.getString(7)), rs.getBoolean(8),
                        rs.getObject(9, LocalDate.class), instant(rs.getTimestamp(10)), rs.getString(11),
                        List.of(), List.of()))
                .optional()
                .map(a -> new Answer(a.id(), a.ownerOrganId(), a.question(), a.answer(), a.category(), a.keywords(),
                        a.state(), a.flagged(), a.writtenOn(), a.reviewedAt(), a.reviewedBy(), citations(a.id()),
                        openFlags(a.id())));
    }

    /** Published answers matching {@code q} in question, answer, category or keywords, newest first. */
    List<Answer> search(String q, int offset, int limit) {
        String like = "%" + (q == null ? "" : q.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_")) + "%";
        List<Long> ids = jdbc.sql("""
                select id from reg_answer where state = 'PUBLISHED'
                  and (question like :q escape '!' or answer like :q escape '!' or coalesce(category, '') like :q escape '!'
                    or coalesce(keywords, '') like :q escape '!')
                order by id desc offset :offset rows fetch next :limit rows only""")
                .param("q", like).param("offset", offset).param("limit", limit).query(Long.class).list();
        List<Answer> out = new ArrayList<>();
        ids.forEach(id -> find(id).ifPresent(out::add));
        return out;
    }

    int count(String q) {
        String like = "%" + (q == null ? "" : q.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_")) + "%";
        return jdbc.sql("""
                select count(*) from reg_answer where state = 'PUBLISHED'
                  and (question like :q escape '!' or answer like :q escape '!' or coalesce(category, '') like :q escape '!'
                    or coalesce(keywords, '') like :q escape '!')""")
                .param("q", like).query(Integer.class).single();
    }

    List<Cited> citations(long answerId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select c.seq, c.document_id, c.eid, d.title from reg_answer_citation c
                join reg_document d on d.id = c.document_id where c.answer_id = ? order by c.seq""")
                .param(answerId)
                .query((rs, n) -> new Object[] { rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4) })
                .list().stream().map(r -> {
                    String doc = (String) r[1];
                    String eid = (String) r[2];
                    return new Cited((Integer) r[0], doc, eid, (String) r[3], "《" + r[3] + "》" + ProvisionPath.citation(eid),
                            Regulations.address(doc, eid), validity(doc, eid, today));
                }).toList();
    }

    /**
     * The provision's validity today: its own derived period, else its nearest ancestor's by eId
     * (art_3 for art_3__para_2; every article has its own period), else the document's.
     */
    private cn.gongkai.regulations.Validity validity(String doc, String eid, LocalDate today) {
        var provisions = validities.provisionsOn(doc, today);
        for (String e : CitationHit.chain(eid, p -> null)) {
            if (provisions.containsKey(e)) {
                return provisions.get(e);
            }
        }
        return validities.documentOn(doc, today).orElse(null);
    }

    String parent(String doc, String eid) {
        return jdbc.sql("select parent_eid from reg_provision where document_id = ? and eid = ?").params(doc, eid)
                .query(String.class).optional().orElse(null);
    }

    boolean documentExists(String doc) {
        return jdbc.sql("select count(*) from reg_document where id = ?").param(doc).query(Integer.class).single() > 0;
    }

    boolean provisionExists(String doc, String eid) {
        return jdbc.sql("select count(*) from reg_provision where document_id = ? and eid = ?").params(doc, eid)
                .query(Integer.class).single() > 0;
    }

    List<Flag> openFlags(long answerId) {
        return jdbc.sql("""
                select seq, effect_id, effect_type, affected_eid, effective_on from reg_answer_flag
                where answer_id = ? and reviewed_at is null order by seq, effective_on, id""").param(answerId)
                .query((rs, n) -> new Flag(rs.getInt(1), rs.getLong(2), EffectType.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** Citations of a document, with their answers' owners, of answers not withdrawn: [answerId, seq, eid, organId]. */
    List<Object[]> citationsOf(String documentId) {
        return jdbc.sql("""
                select c.answer_id, c.seq, c.eid, a.owner_organ_id from reg_answer_citation c
                join reg_answer a on a.id = c.answer_id where c.document_id = ? and a.state <> 'WITHDRAWN'
                order by c.answer_id, c.seq""").param(documentId)
                .query((rs, n) -> new Object[] { rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4) }).list();
    }

    /** Adds a flag unless this effect flagged this citation before (reviewed or not); true if added. */
    boolean addFlag(long answerId, int seq, long effectId, EffectType type, String affectedEid, LocalDate on) {
        Integer known = jdbc.sql("select count(*) from reg_answer_flag where answer_id = ? and seq = ? and effect_id = ?")
                .params(answerId, seq, effectId).query(Integer.class).single();
        if (known > 0) {
            return false;
        }
        jdbc.sql("""
                insert into reg_answer_flag (answer_id, seq, effect_id, effect_type, affected_eid, effective_on, flagged_at)
                values (?, ?, ?, ?, ?, ?, ?)""").params(answerId, seq, effectId, type.name(), affectedEid, on, now())
                .update();
        return true;
    }

    /** Marks the answer flagged; true if it was not flagged before (a new review is due). */
    boolean markFlagged(long answerId) {
        return jdbc.sql("update reg_answer set flagged = true where id = ? and flagged = false").param(answerId)
                .update() > 0;
    }

    void closeFlags(long answerId, String by) {
        Timestamp at = now();
        jdbc.sql("update reg_answer_flag set reviewed_by = ?, reviewed_at = ? where answer_id = ? and reviewed_at is null")
                .params(by, at, answerId).update();
        jdbc.sql("update reg_answer set flagged = false, reviewed_by = ?, reviewed_at = ? where id = ?")
                .params(by, at, answerId).update();
    }

    /** Locks the answer row (concurrent reviews and flags of one answer wait for each other). */
    void lock(long answerId) {
        jdbc.sql("select id from reg_answer where id = ? for update").param(answerId).query(Long.class).optional();
    }

    /** Confirmed effects on a document that took hold after {@code after} and by {@code today}: [id, eid, type, on]. */
    List<Object[]> effectsSince(String documentId, LocalDate after, LocalDate today) {
        return jdbc.sql("""
                select id, affected_eid, effect_type, effective_on from reg_effect
                where affected_document_id = ? and state = 'CONFIRMED' and effective_on > ? and effective_on <= ?
                order by effective_on, id""").params(documentId, after, today)
                .query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class) })
                .list();
    }

    List<String> citedDocuments(long answerId) {
        return jdbc.sql("select distinct document_id from reg_answer_citation where answer_id = ?").param(answerId)
                .query(String.class).list();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static AnswerState state(Answer.Input in) {
        return in.state() == null ? AnswerState.PUBLISHED : in.state();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
