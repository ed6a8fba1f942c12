/**
 * The legal clock (答复期限): periods from the rulebook, the duties reported to the obligations ledger,
 * extension (art. 33), consultation (art. 32, 34), excessive requests (art. 35) and the nightly
 * sweep.
 */
package cn.gongkai.requests.clock;
