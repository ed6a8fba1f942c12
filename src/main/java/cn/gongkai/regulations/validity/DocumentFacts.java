package cn.gongkai.regulations.validity;

import java.time.LocalDate;
import java.util.List;

import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.ProvisionKind;

/**
 * What the validity of a document is derived from: its own dates, its provision tree as imported
 * (in reading order) and its CONFIRMED effects. Plain data, so the derivation is a pure function.
 * {@code expiresOn} is the last day in force of a normative document's own period (有效期至).
 */
record DocumentFacts(LocalDate effectiveOn, LocalDate expiresOn, List<Node> provisions, List<Fact> effects) {

    DocumentFacts {
        provisions = List.copyOf(provisions);
        effects = List.copyOf(effects);
    }

    /** A provision as imported: its eId, its parent's (null = top level) and its level. */
    record Node(String eid, String parentEid, ProvisionKind kind) {
    }

    /**
     * A confirmed effect. {@code eid} null = the whole document; for an INSERT it is the new
     * provision's eId, placed under {@code parentEid} after {@code afterEid} (null = first).
     */
    record Fact(long id, String eid, EffectType type, LocalDate on, LocalDate endsOn, String newText,
            String newNum, ProvisionKind newKind, String parentEid, String afterEid) {

        static Fact of(long id, String eid, EffectType type, LocalDate on) {
            return new Fact(id, eid, type, on, null, null, null, null, null, null);
        }

        boolean onDocument() {
            return eid == null || eid.isEmpty();
        }
    }

    /** A period of the derived timeline: {@code from} null = since ever, {@code until} exclusive, null = open. */
    record Period(String eid, LocalDate from, LocalDate until, cn.gongkai.regulations.Validity validity) {

        boolean covers(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (until == null || day.isBefore(until));
        }
    }

    /** A version of a provision's own text added by an effect: [from, until), {@code until} null = open. */
    record Version(String eid, LocalDate from, LocalDate until, String body, long effectId) {
    }
}
