/**
 * The staff console and staff API of requests: queue, detail, registration and the handling acts.
 */
package cn.gongkai.requests.console;
