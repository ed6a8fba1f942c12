package cn.gongkai.regulations.library;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gongkai.regulations.DocumentType;
import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.ProvisionKind;
import cn.gongkai.regulations.Validity;

/**
 * A published library document as it stood on {@code day}: its metadata, its validity that day,
 * its provisions as a tree (each with the version of its text in force that day and its own
 * validity), the confirmed effects on it ({@code affectedBy}) and those it makes on others
 * ({@code affects}), and the day up to which its changes are recorded.
 */
public record LibraryDocument(String id, DocumentType type, String title, String documentNumber, String organs,
        LocalDate adoptedOn, LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiresOn, String source,
        String preamble, LocalDate day, Validity validity, LocalDate changesRecordedOn, List<Provision> provisions,
        List<Effect> affectedBy, List<Effect> affects) {

    /** Address of the document page. */
    public String path() {
        return "/regulations/" + id;
    }

    /** Every provision, depth first in document order. */
    public List<Provision> flat() {
        List<Provision> out = new ArrayList<>();
        provisions.forEach(p -> p.collect(out));
        return out;
    }

    public Optional<Provision> find(String eid) {
        return flat().stream().filter(p -> p.eid().equals(eid)).findFirst();
    }

    /** The table of contents: 编/章/节 and 条 (or a notice's parts), without 款/项/目. */
    public List<Provision> contents() {
        return flat().stream().filter(Provision::inContents).toList();
    }

    /** The confirmed effects on this document that had taken hold by {@link #day()}. */
    public List<Effect> inForceBy() {
        return affectedBy.stream().filter(e -> !e.effectiveOn().isAfter(day)).toList();
    }

    /**
     * The effect that ended each provision by the day (repeal, expiry, suspension), by eId; whole-
     * document effects under the key "" (the banner links them).
     */
    public java.util.Map<String, Effect> lapsedBy() {
        java.util.Map<String, Effect> out = new java.util.HashMap<>();
        for (Effect e : inForceBy()) {
            if (e.type() == EffectType.REPEAL || e.type() == EffectType.EXPIRE || e.type() == EffectType.SUSPEND) {
                out.put(e.wholeDocument() ? "" : e.affectedEid(), e);
            }
        }
        return out;
    }

    /** Documents whose effects on this one had taken hold by the day, each once (the banner's links). */
    public List<Effect> affectingDocuments() {
        List<Effect> out = new ArrayList<>();
        for (Effect e : inForceBy()) {
            if (e.affectingDocumentId() != null
                    && out.stream().noneMatch(o -> o.affectingDocumentId().equals(e.affectingDocumentId()))) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * A provision on the day. {@code text} is its own words in the version in force (for an
     * article with 款, empty); a repealed or expired provision keeps the words it last had.
     */
    public record Provision(String documentId, String eid, ProvisionKind kind, String number, int ordinal,
            String heading, String text, Validity validity, LocalDate versionFrom, LocalDate versionUntil,
            List<Provision> children) {

        /** The public address, e.g. {@code /regulations/law-2015-1/art/33/para/2}. */
        public String path() {
            return "/regulations/" + documentId + "/" + ProvisionPath.toPath(eid).orElse("");
        }

        public boolean applies() {
            return validity.applies();
        }

        /** A structural level (编/章/节) rather than a provision with words of its own. */
        public boolean division() {
            return kind == ProvisionKind.BOOK || kind == ProvisionKind.CHAPTER || kind == ProvisionKind.SECTION;
        }

        /** This provision and all below it, depth first: what its page renders, in one loop. */
        public List<Provision> flat() {
            List<Provision> out = new ArrayList<>();
            collect(out);
            return out;
        }

        boolean inContents() {
            return division() || kind == ProvisionKind.ARTICLE || kind == ProvisionKind.PART;
        }

        void collect(List<Provision> out) {
            out.add(this);
            children.forEach(c -> c.collect(out));
        }
    }

    /** A confirmed effect, with the titles of both documents for links. */
    public record Effect(long id, String affectedDocumentId, String affectedTitle, String affectedEid,
            String affectingDocumentId, String affectingTitle, String affectingEid, EffectType type,
            LocalDate effectiveOn, LocalDate endsOn, String note) {

        public String affectedPath() {
            return provisionPath(affectedDocumentId, affectedEid);
        }

        public String affectingPath() {
            return affectingDocumentId == null ? null : provisionPath(affectingDocumentId, affectingEid);
        }

        /** The affected provision as a person cites it (第三条第二款), or empty for the whole document. */
        public String affectedCitation() {
            return wholeDocument() ? "" : ProvisionPath.citation(affectedEid);
        }

        /** Whether it is a whole-document effect. */
        public boolean wholeDocument() {
            return affectedEid == null || affectedEid.isEmpty();
        }

        private static String provisionPath(String documentId, String eid) {
            String base = "/regulations/" + documentId;
            return eid == null || eid.isEmpty() ? base
                    : ProvisionPath.toPath(eid).map(p -> base + "/" + p).orElse(base + "#" + eid);
        }
    }
}
