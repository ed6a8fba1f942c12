package cn.gongkai.registers.demo;

import org.springframework.stereotype.Component;

/**
 * The demo's 双随机 draw (RFC 3797) for an inspection item: 10 of the 25 key-source enterprises of
 * the pool, from announced lottery numbers, through the draws service so that its public page
 * shows the key string and each round's MD5.
 */
@Component
class DemoDraw {

    /** Draws for the inspection item {@code rowId}; nothing until the draws service is merged. */
    void drawFor(long rowId) {
    }
}
