package cn.gongkai.obligations.rulebook;

/**
 * A malformed rulebook. Thrown at start-up so that the platform never runs on rules it cannot
 * trust; the message names the file, the rule (id and entry number) and the reason.
 */
public class RulebookException extends IllegalStateException {

    private final String file;
    private final String ruleId;
    private final String reason;

    RulebookException(String file, String ruleId, int entry, String reason) {
        super("Invalid rulebook " + file + where(ruleId, entry) + ": " + reason);
        this.file = file;
        this.ruleId = ruleId;
        this.reason = reason;
    }

    private static String where(String ruleId, int entry) {
        if (ruleId != null) {
            return ", rule '" + ruleId + "'" + (entry > 0 ? " (entry " + entry + ")" : "");
        }
        return entry > 0 ? ", entry " + entry : "";
    }

    public String file() {
        return file;
    }

    /** The offending rule's id, or null when the problem is not one rule's. */
    public String ruleId() {
        return ruleId;
    }

    public String reason() {
        return reason;
    }
}
