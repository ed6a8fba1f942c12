/**
 * Reports (统计): statistics for the annual report and proactive-disclosure candidates (七(四)).
 */
package cn.gongkai.requests.reports;
