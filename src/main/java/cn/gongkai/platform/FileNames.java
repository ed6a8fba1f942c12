package cn.gongkai.platform;

import java.util.regex.Pattern;

/**
 * Uploaded file names are shown to the public and offered as download names. Characters that
 * change how a name reads without being visible are removed: C0/C1 controls and the bidirectional
 * controls (U+200E/F marks, U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates,
 * U+061C), with which {@code 发票\u202Efdp.exe} would display as {@code 发票exe.pdf}.
 */
public final class FileNames {

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private FileNames() {
    }

    /** The name without control or bidirectional-control characters (null stays null). */
    public static String withoutControls(String name) {
        return name == null ? null : INVISIBLE.matcher(name).replaceAll("");
    }
}
