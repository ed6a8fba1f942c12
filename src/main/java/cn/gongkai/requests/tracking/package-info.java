/**
 * Public tracking (查询): the tracking page, receipt and public view, never the applicant's data.
 */
package cn.gongkai.requests.tracking;
