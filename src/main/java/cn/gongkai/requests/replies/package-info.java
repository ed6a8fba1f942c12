/**
 * Replies and letters (答复与告知书): the reply classes of the national template, the refusals of
 * incomplete procedure, the letters with remedies (行政复议法 2023), the fee notice and masking.
 */
package cn.gongkai.requests.replies;
