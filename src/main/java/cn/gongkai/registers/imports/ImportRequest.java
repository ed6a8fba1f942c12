package cn.gongkai.registers.imports;

import java.util.Locale;

/**
 * One file to import into {@code registerCode} for {@code organId}.
 *
 * @param validOnly import the valid lines and report the others (mode=valid-only), else all or nothing
 * @param publish null: the default (published when the importer may publish, else drafts)
 * @param encoding null: detected; else the encoding the operator names for a CSV
 */
record ImportRequest(String registerCode, Long organId, String filename, byte[] bytes, boolean validOnly,
        Boolean publish, String encoding, Locale locale) {
}
