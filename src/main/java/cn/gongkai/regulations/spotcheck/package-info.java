/**
 * The SAT's spot-check (抽查) of lower organs' validity markings (SPEC M6 item 6): a frozen,
 * published, numbered pool; sources of randomness announced before the draw; the sample drawn by
 * RFC 3797 so that anyone can recompute it; verdicts per sampled record (automatic against the
 * library's derived validity where the record is linked) and a summary per organ.
 */
package cn.gongkai.regulations.spotcheck;
