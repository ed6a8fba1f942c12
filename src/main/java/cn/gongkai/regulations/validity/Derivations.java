package cn.gongkai.regulations.validity;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.LibraryChanged;
import cn.gongkai.regulations.ProvisionKind;
import cn.gongkai.regulations.validity.DocumentFacts.Fact;
import cn.gongkai.regulations.validity.DocumentFacts.Node;
import cn.gongkai.regulations.validity.DocumentFacts.Period;
import cn.gongkai.regulations.validity.DocumentFacts.Version;

/**
 * Writes what is derived from a document's confirmed effects, whenever the library says the
 * document changed ({@link LibraryChanged}, synchronously in the changer's transaction): the
 * provisions INSERTs add, the versions of amended text (rebuilt from the imported versions) and
 * the validity timeline ({@code reg_validity_period}). Idempotent: deriving twice writes the same.
 */
@Component
class Derivations {

    private static final Pattern ORDINAL = Pattern.compile("(\\d+)(?:-\\d+)?$");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Derivations(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @EventListener
    void on(LibraryChanged changed) {
        derive(changed.documentId());
    }

    @Transactional
    public void derive(String documentId) {
        // the row lock serialises derivations of one document across nodes (delete-and-rewrite of its rows)
        List<LocalDate[]> dates = jdbc.sql("select effective_on, expires_on from reg_document where id = ? for update")
                .param(documentId).query((rs, n) -> new LocalDate[] { rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class) }).list();
        if (dates.isEmpty()) {
            return;
        }
        List<Node> imported = jdbc.sql("""
                select eid, parent_eid, kind from reg_provision where document_id = ? and inserted_by is null
                order by seq""").param(documentId)
                .query((rs, n) -> new Node(rs.getString(1), rs.getString(2), kind(rs.getString(3)))).list();
        List<Fact> facts = EffectStore.confirmedFacts(jdbc, documentId);
        syncInserted(documentId, imported, facts);
        rebuildVersions(documentId, facts);
        DocumentFacts all = new DocumentFacts(dates.get(0)[0], dates.get(0)[1], imported, facts);
        writeTimeline(documentId, ValidityDerivation.timeline(all));
    }

    private void syncInserted(String documentId, List<Node> imported, List<Fact> facts) {
        Set<String> importedEids = new HashSet<>();
        imported.forEach(n -> importedEids.add(n.eid()));
        Map<String, Fact> wanted = new HashMap<>();
        facts.stream().filter(f -> f.type() == EffectType.INSERT && !f.onDocument() && !importedEids.contains(f.eid()))
                .forEach(f -> wanted.putIfAbsent(f.eid(), f));
        List<String> present = jdbc.sql("select eid from reg_provision where document_id = ? and inserted_by is not null")
                .param(documentId).query(String.class).list();
        for (String eid : present) {
            if (!wanted.containsKey(eid)) {
                jdbc.sql("delete from reg_validity_period where document_id = ? and eid = ?").params(documentId, eid).update();
                jdbc.sql("delete from reg_provision_version where document_id = ? and eid = ?").params(documentId, eid).update();
                jdbc.sql("delete from reg_provision where document_id = ? and eid = ?").params(documentId, eid).update();
            }
        }
        for (Fact f : wanted.values()) {
            ProvisionKind kind = f.newKind() != null ? f.newKind() : kindOfEid(f.eid());
            String num = f.newNum() == null ? f.eid() : f.newNum();
            if (present.contains(f.eid())) {
                jdbc.sql("""
                        update reg_provision set parent_eid = ?, kind = ?, num = ?, ordinal = ?, inserted_by = ?
                        where document_id = ? and eid = ?""")
                        .params(f.parentEid(), kind.name(), num, ordinal(f.eid()), f.id(), documentId, f.eid()).update();
            }
            else {
                jdbc.sql("""
                        insert into reg_provision (document_id, eid, parent_eid, kind, num, ordinal, seq, inserted_by)
                        values (?, ?, ?, ?, ?, ?, 0, ?)""")
                        .params(documentId, f.eid(), f.parentEid(), kind.name(), num, ordinal(f.eid()), f.id()).update();
            }
        }
        if (!present.isEmpty() || !wanted.isEmpty()) {
            renumber(documentId, VersionDerivation.order(imported, facts));
        }
    }

    private void renumber(String documentId, List<String> order) {
        Map<String, Integer> seq = new HashMap<>();
        jdbc.sql("select eid, seq from reg_provision where document_id = ?").param(documentId)
                .query((rs, n) -> seq.put(rs.getString(1), rs.getInt(2))).list();
        List<Object[]> changes = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Integer now = seq.get(order.get(i));
            if (now != null && now != i + 1) {
                changes.add(new Object[] { i + 1, documentId, order.get(i) });
            }
        }
        batch.batchUpdate("update reg_provision set seq = ? where document_id = ? and eid = ?", changes);
    }

    private void rebuildVersions(String documentId, List<Fact> facts) {
        jdbc.sql("delete from reg_provision_version where document_id = ? and effect_id is not null")
                .param(documentId).update();
        Map<String, LocalDate> until = VersionDerivation.baseUntil(facts);
        // the imported version that stands last (latest valid_from) is the one an amendment closes
        Map<String, Object[]> last = new HashMap<>();
        jdbc.sql("""
                select id, eid, valid_from, valid_until from reg_provision_version
                where document_id = ? and effect_id is null order by valid_from nulls first, id""")
                .param(documentId).query((rs, n) -> last.put(rs.getString(2), new Object[] { rs.getLong(1),
                        rs.getObject(4, LocalDate.class) })).list();
        List<Object[]> closes = new ArrayList<>();
        last.forEach((eid, row) -> {
            LocalDate wanted = until.get(eid);
            if (!java.util.Objects.equals(wanted, row[1])) {
                closes.add(new Object[] { wanted == null ? null : Date.valueOf(wanted), row[0] });
            }
        });
        batch.batchUpdate("update reg_provision_version set valid_until = ? where id = ?", closes);
        List<Object[]> rows = new ArrayList<>();
        for (Version v : VersionDerivation.added(facts)) {
            rows.add(new Object[] { documentId, v.eid(), Date.valueOf(v.from()),
                    v.until() == null ? null : Date.valueOf(v.until()), v.body(), v.effectId() });
        }
        batch.batchUpdate("""
                insert into reg_provision_version (document_id, eid, valid_from, valid_until, body, effect_id)
                values (?, ?, ?, ?, ?, ?)""", rows);
    }

    private void writeTimeline(String documentId, List<Period> periods) {
        jdbc.sql("delete from reg_validity_period where document_id = ?").param(documentId).update();
        List<Object[]> rows = new ArrayList<>();
        for (Period p : periods) {
            rows.add(new Object[] { documentId, p.eid(), p.from() == null ? null : Date.valueOf(p.from()),
                    p.until() == null ? null : Date.valueOf(p.until()), p.validity().name() });
        }
        batch.batchUpdate("""
                insert into reg_validity_period (document_id, eid, valid_from, valid_until, validity)
                values (?, ?, ?, ?, ?)""", rows);
    }

    static ProvisionKind kind(String name) {
        try {
            return ProvisionKind.valueOf(name);
        }
        catch (RuntimeException e) {
            return ProvisionKind.ARTICLE;
        }
    }

    /** The level an eId names by its last segment (art_33-1 an article, …__para_2 a 款, …__point_3 a 项 or 目). */
    static ProvisionKind kindOfEid(String eid) {
        String[] segments = eid.split("__");
        String last = segments[segments.length - 1];
        String prefix = last.contains("_") ? last.substring(0, last.indexOf('_')) : last;
        return switch (prefix) {
            case "book" -> ProvisionKind.BOOK;
            case "chp" -> ProvisionKind.CHAPTER;
            case "sec" -> ProvisionKind.SECTION;
            case "part" -> ProvisionKind.PART;
            case "para" -> ProvisionKind.PARAGRAPH;
            case "point" -> segments.length > 1 && segments[segments.length - 2].startsWith("point")
                    ? ProvisionKind.SUBITEM : ProvisionKind.ITEM;
            default -> ProvisionKind.ARTICLE;
        };
    }

    static int ordinal(String eid) {
        Matcher m = ORDINAL.matcher(eid);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
