package cn.gongkai.platform;

import java.util.List;

import cn.gongkai.platform.GongkaiException.FieldProblem;

/**
 * The length of a text as the database counts it against {@code varchar(n)}. H2 counts UTF-16
 * code units (an emoji or a CJK Extension B character is 2), PostgreSQL counts code points (1);
 * the UTF-16 count is never smaller, so a text that passes here fits both databases and is never
 * refused later as a 409 or 500. Every length rule for a stored text uses this one measure.
 */
public final class TextLength {

    private TextLength() {
    }

    /** The length in the unit of the strictest supported database (UTF-16 code units). */
    public static int of(String text) {
        return text == null ? 0 : text.length();
    }

    /** Adds {@code platform.error.tooLong} for {@code field} when {@code text} does not fit a column of {@code max}. */
    public static boolean check(List<FieldProblem> problems, String field, String text, int max) {
        if (of(text) > max) {
            problems.add(new FieldProblem(field, "platform.error.tooLong", max, of(text)));
            return false;
        }
        return true;
    }
}
