package cn.gongkai.regulations.validity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.validity.DocumentFacts.Fact;
import cn.gongkai.regulations.validity.DocumentFacts.Node;
import cn.gongkai.regulations.validity.DocumentFacts.Version;

/**
 * Derives the versions of provisions' own text from confirmed effects, always afresh from the
 * versions as imported (those without an effect), so a rejected or withdrawn effect leaves no
 * trace. AMEND and SUBSTITUTE close the version in force at D (its {@code valid_until} becomes D)
 * and add one from D with the effect's new text; of several on one day the last entered counts.
 * An INSERT adds a provision whose first version starts at D (it has none before). A pure function.
 */
final class VersionDerivation {

    private VersionDerivation() {
    }

    /** Versions added by effects, per provision in date order, each closed by the next. */
    static List<Version> added(List<Fact> effects) {
        Map<String, Map<LocalDate, Fact>> byEid = new LinkedHashMap<>();
        effects.stream().filter(VersionDerivation::changesText)
                .sorted(Comparator.comparing(Fact::on).thenComparingLong(Fact::id))
                .forEach(f -> byEid.computeIfAbsent(f.eid(), k -> new java.util.TreeMap<>()).put(f.on(), f));
        List<Version> out = new ArrayList<>();
        byEid.forEach((eid, days) -> {
            List<Fact> ordered = new ArrayList<>(days.values());
            for (int i = 0; i < ordered.size(); i++) {
                Fact f = ordered.get(i);
                LocalDate until = i + 1 < ordered.size() ? ordered.get(i + 1).on() : null;
                out.add(new Version(eid, f.on(), until, f.newText() == null ? "" : f.newText(), f.id()));
            }
        });
        return out;
    }

    /** The day the imported text of each amended provision stops standing (the first AMEND/SUBSTITUTE). */
    static Map<String, LocalDate> baseUntil(List<Fact> effects) {
        Map<String, LocalDate> out = new HashMap<>();
        effects.stream().filter(f -> f.type() == EffectType.AMEND || f.type() == EffectType.SUBSTITUTE)
                .filter(f -> !f.onDocument())
                .forEach(f -> out.merge(f.eid(), f.on(), (a, b) -> a.isBefore(b) ? a : b));
        return out;
    }

    /**
     * Reading order of the imported provisions (given in order) with the inserted ones placed:
     * after the whole subtree of {@code afterEid}, else first under {@code parentEid}, else first
     * in the document. Inserts are placed in the order of their day, then of entry.
     */
    static List<String> order(List<Node> imported, List<Fact> effects) {
        List<String> order = new ArrayList<>();
        Map<String, String> parents = new HashMap<>();
        imported.forEach(n -> {
            order.add(n.eid());
            parents.put(n.eid(), n.parentEid());
        });
        effects.stream().filter(f -> f.type() == EffectType.INSERT && !f.onDocument())
                .filter(f -> !parents.containsKey(f.eid()))
                .sorted(Comparator.comparing(Fact::on).thenComparingLong(Fact::id)).forEach(f -> {
                    int at;
                    if (f.afterEid() != null && order.contains(f.afterEid())) {
                        at = order.indexOf(f.afterEid()) + 1;
                        while (at < order.size() && descends(order.get(at), f.afterEid(), parents)) {
                            at++;
                        }
                    }
                    else if (f.parentEid() != null && order.contains(f.parentEid())) {
                        at = order.indexOf(f.parentEid()) + 1;
                    }
                    else {
                        at = 0;
                    }
                    order.add(at, f.eid());
                    parents.put(f.eid(), f.parentEid());
                });
        return order;
    }

    private static boolean descends(String eid, String ancestor, Map<String, String> parents) {
        int guard = 0;
        for (String p = parents.get(eid); p != null && guard++ < 20; p = parents.get(p)) {
            if (p.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static boolean changesText(Fact f) {
        return !f.onDocument() && (f.type() == EffectType.AMEND || f.type() == EffectType.SUBSTITUTE
                || f.type() == EffectType.INSERT);
    }
}
