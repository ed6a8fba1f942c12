package cn.gongkai.registers.imports;

/** A checked and masked line waiting in STAGED state for its import to commit. */
record StagedRow(int line, String valuesJson, String publicJson, String searchText, String queryCredit,
        String queryName) {
}
