/**
 * 双随机 draws (随机抽取检查对象, 双随机一公开): a numbered pool of inspection objects, the sources of
 * randomness as announced, the key string and every RFC 3797 round published so that anyone can
 * recompute the selection ({@link cn.gongkai.platform.Rfc3797}); optionally for one item of the
 * random-inspections register. A draw is never changed once made: a new draw is a new record.
 */
package cn.gongkai.registers.draws;
