package cn.gongkai.registers.opendata;

import java.time.Instant;

/**
 * One row as the public sees it: its public values ({@code public_json}, masked at write time), the
 * organ it belongs to, when it was first published and its current version.
 */
record PublicRow(long id, String organ, String publicJson, Instant publishedAt, int version) {
}
