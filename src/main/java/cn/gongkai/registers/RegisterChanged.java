package cn.gongkai.registers;

/**
 * Rows of a register were published, corrected, retracted or expired (after commit: page cache,
 * feeds, open data's last-change date). Ids only.
 */
public record RegisterChanged(String registerCode, long organId) {
}
