package cn.gongkai.registers.imports;

/**
 * One refusal of an import's report (导入报告): the line (spreadsheet row number, header = 1; 0 for
 * the file as a whole), the column as the file names it, the rule's stable code and the message
 * in the reader's language naming field and rule.
 */
record RejectedLine(int line, String column, String rule, String message) {
}
