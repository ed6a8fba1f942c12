package cn.gongkai.regulations.validity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.ProvisionKind;
import cn.gongkai.regulations.Validity;
import cn.gongkai.regulations.validity.DocumentFacts.Fact;
import cn.gongkai.regulations.validity.DocumentFacts.Node;
import cn.gongkai.regulations.validity.DocumentFacts.Period;

/**
 * Derives the validity timeline of a document (eId {@code ""}) and of every provision from the
 * document's dates and its confirmed effects. A pure function; the rules, on a day D:
 * <ol>
 * <li>A provision is REPEALED from the day of a REPEAL of itself, of an ancestor or of the whole
 * document (a repealed article's 款 and 项 are repealed with it); it is in force the day before.</li>
 * <li>Else EXPIRED from the day of an EXPIRE of itself, an ancestor or the document, and always
 * after the document's {@code expires_on} (the last day of a normative document's own period):
 * automatic, no effect needed, and a period of the timeline like any other.</li>
 * <li>Else NOT_YET_EFFECTIVE before its start: the document's effective day, made later by a
 * COMMENCE of the document, of the provision or of an ancestor (the latest such day counts).</li>
 * <li>Else SUSPENDED in [D, ends_on) of a SUSPEND of itself, an ancestor or the document
 * (open-ended without ends_on).</li>
 * <li>Else IN_FORCE. A provision added by an INSERT does not exist before the insert's day: it has
 * no period there.</li>
 * </ol>
 * The document itself: REPEALED, EXPIRED, NOT_YET_EFFECTIVE or SUSPENDED by its own effects and
 * dates as above; else judged by its article-level units (条; for a document without 条 its
 * numbered parts 一、; else its top-level provisions) existing that day: all repealed → REPEALED
 * (全文废止 by derivation); all repealed or expired, some expired → EXPIRED; else any provision at any
 * level repealed → PARTLY_REPEALED (a 款 repealed is a 部分条款废止 too); else any expired or
 * suspended → PARTLY_EXPIRED; else IN_FORCE. Periods of one eId are contiguous and never overlap:
 * the timeline is cut at every day an effect or a date changes anything, and neighbours of equal
 * validity are merged.
 */
final class ValidityDerivation {

    static final String DOCUMENT = "";

    private final DocumentFacts facts;
    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, LocalDate> insertedOn = new HashMap<>();
    private final List<String> eids = new ArrayList<>();
    private final List<String> units = new ArrayList<>();

    private ValidityDerivation(DocumentFacts facts) {
        this.facts = facts;
        for (Node n : facts.provisions()) {
            parents.put(n.eid(), n.parentEid());
            eids.add(n.eid());
        }
        for (Fact f : facts.effects()) {
            if (f.type() == EffectType.INSERT && !f.onDocument() && !parents.containsKey(f.eid())) {
                parents.put(f.eid(), f.parentEid());
                insertedOn.put(f.eid(), f.on());
                eids.add(f.eid());
            }
        }
        units.addAll(unitsOf(facts, ProvisionKind.ARTICLE));
        if (units.isEmpty()) {
            units.addAll(unitsOf(facts, ProvisionKind.PART));
        }
        if (units.isEmpty()) {
            eids.stream().filter(e -> parents.get(e) == null).forEach(units::add);
        }
    }

    /** The whole timeline: the document's periods first, then each provision's in reading order. */
    static List<Period> timeline(DocumentFacts facts) {
        return new ValidityDerivation(facts).derive();
    }

    private List<Period> derive() {
        List<LocalDate> cuts = new ArrayList<>(breakpoints());
        List<Period> out = new ArrayList<>();
        out.addAll(periods(DOCUMENT, cuts));
        for (String eid : eids) {
            out.addAll(periods(eid, cuts));
        }
        return out;
    }

    private TreeSet<LocalDate> breakpoints() {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        if (facts.effectiveOn() != null) {
            cuts.add(facts.effectiveOn());
        }
        if (facts.expiresOn() != null) {
            cuts.add(facts.expiresOn().plusDays(1));
        }
        for (Fact f : facts.effects()) {
            cuts.add(f.on());
            if (f.endsOn() != null) {
                cuts.add(f.endsOn());
            }
        }
        return cuts;
    }

    /** Cuts the time line at every breakpoint, judges each piece by its first day, merges equal neighbours. */
    private List<Period> periods(String eid, List<LocalDate> cuts) {
        List<Period> out = new ArrayList<>();
        LocalDate from = null;
        for (int i = 0; i <= cuts.size(); i++) {
            LocalDate until = i < cuts.size() ? cuts.get(i) : null;
            LocalDate probe = from != null ? from : until != null ? until.minusDays(1) : LocalDate.EPOCH;
            Validity v = DOCUMENT.equals(eid) ? documentOn(probe) : provisionOn(eid, probe);
            if (v != null) {
                Period last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && last.validity() == v && java.util.Objects.equals(last.until(), from)) {
                    out.set(out.size() - 1, new Period(eid, last.from(), until, v));
                }
                else {
                    out.add(new Period(eid, from, until, v));
                }
            }
            from = until;
        }
        return out;
    }

    /** The provision's own validity on {@code day}, or null while it does not exist (before its INSERT). */
    Validity provisionOn(String eid, LocalDate day) {
        List<String> chain = chain(eid);
        for (String e : chain) {
            LocalDate inserted = insertedOn.get(e);
            if (inserted != null && day.isBefore(inserted)) {
                return null;
            }
        }
        chain.add(DOCUMENT);
        return judge(chain, day);
    }

    Validity documentOn(LocalDate day) {
        Validity own = judge(List.of(DOCUMENT), day);
        if (own != Validity.IN_FORCE) {
            return own;
        }
        int present = 0;
        int repealed = 0;
        int ended = 0;
        for (String unit : units) {
            Validity v = provisionOn(unit, day);
            if (v == null) {
                continue;
            }
            present++;
            repealed += v == Validity.REPEALED ? 1 : 0;
            ended += v == Validity.REPEALED || v == Validity.EXPIRED ? 1 : 0;
        }
        if (present > 0 && repealed == present) {
            return Validity.REPEALED;
        }
        if (present > 0 && ended == present) {
            return Validity.EXPIRED;
        }
        boolean anyRepealed = false;
        boolean anyEnded = false;
        for (String eid : eids) {
            Validity v = provisionOn(eid, day);
            anyRepealed |= v == Validity.REPEALED;
            anyEnded |= v == Validity.EXPIRED || v == Validity.SUSPENDED;
        }
        return anyRepealed ? Validity.PARTLY_REPEALED : anyEnded ? Validity.PARTLY_EXPIRED : Validity.IN_FORCE;
    }

    /** Rules 1–5 for a provision (or the document) whose chain of itself and ancestors is {@code chain}. */
    private Validity judge(List<String> chain, LocalDate day) {
        boolean expired = facts.expiresOn() != null && day.isAfter(facts.expiresOn());
        boolean suspended = false;
        LocalDate start = facts.effectiveOn();
        for (String e : chain) {
            LocalDate inserted = insertedOn.get(e);
            start = later(start, inserted);
        }
        for (Fact f : facts.effects()) {
            String target = f.onDocument() ? DOCUMENT : f.eid();
            if (!chain.contains(target)) {
                continue;
            }
            boolean begun = !day.isBefore(f.on());
            switch (f.type()) {
                case REPEAL -> {
                    if (begun) {
                        return Validity.REPEALED;
                    }
                }
                case EXPIRE -> expired |= begun;
                case COMMENCE -> start = later(start, f.on());
                case SUSPEND -> suspended |= begun && (f.endsOn() == null || day.isBefore(f.endsOn()));
                default -> {
                }
            }
        }
        if (expired) {
            return Validity.EXPIRED;
        }
        if (start != null && day.isBefore(start)) {
            return Validity.NOT_YET_EFFECTIVE;
        }
        return suspended ? Validity.SUSPENDED : Validity.IN_FORCE;
    }

    private List<String> chain(String eid) {
        List<String> chain = new ArrayList<>();
        for (String e = eid; e != null && chain.size() < 20; e = parents.get(e)) {
            chain.add(e);
        }
        return chain;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }

    private static List<String> unitsOf(DocumentFacts facts, ProvisionKind kind) {
        List<String> out = new ArrayList<>();
        facts.provisions().stream().filter(n -> n.kind() == kind).forEach(n -> out.add(n.eid()));
        facts.effects().stream().filter(f -> f.type() == EffectType.INSERT && f.newKind() == kind && !f.onDocument())
                .forEach(f -> out.add(f.eid()));
        return out;
    }

    /** The periods grouped by eId (the document's under {@code ""}), for readers of a derived timeline. */
    static Map<String, List<Period>> byEid(List<Period> periods) {
        Map<String, List<Period>> out = new LinkedHashMap<>();
        periods.forEach(p -> out.computeIfAbsent(p.eid(), k -> new ArrayList<>()).add(p));
        return out;
    }
}
