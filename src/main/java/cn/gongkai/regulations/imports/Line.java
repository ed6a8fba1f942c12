package cn.gongkai.regulations.imports;

/** A line of the source text and its number (1-based, as an editor shows it). */
record Line(int number, String text) {
}
