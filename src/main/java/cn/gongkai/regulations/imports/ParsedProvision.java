package cn.gongkai.regulations.imports;

import java.util.List;

import cn.gongkai.regulations.ProvisionKind;

/**
 * A provision as the parser found it; {@code body} is its own words (paragraphs joined by a line
 * break) and {@code lines} the source line of each of its paragraphs.
 */
record ParsedProvision(String eid, String parentEid, ProvisionKind kind, String num, int ordinal, String heading,
        String body, List<Integer> lines) {

    int firstLine() {
        return lines.isEmpty() ? 0 : lines.get(0);
    }
}
