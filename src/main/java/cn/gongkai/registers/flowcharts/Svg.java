package cn.gongkai.registers.flowcharts;

/** A minimal XML writer for the charts: every attribute value and text escaped, nothing else. */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    void open(String name, String... attributes) {
        start(name, attributes);
        out.append('>');
    }

    void empty(String name, String... attributes) {
        start(name, attributes);
        out.append("/>");
    }

    void element(String name, String text, String... attributes) {
        open(name, attributes);
        out.append(escape(text));
        close(name);
    }

    void close(String name) {
        out.append("</").append(name).append('>');
    }

    private void start(String name, String... attributes) {
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    /** Escapes markup characters and drops the control characters XML 1.0 forbids. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
