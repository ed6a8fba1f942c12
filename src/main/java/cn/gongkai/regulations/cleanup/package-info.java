/**
 * Cleanup campaigns (文件清理): an organ states a scope (document types, owning organ, issued
 * before/after), decides for each document in it, and optionally for single provisions, to keep
 * (继续有效), amend (修改, with the new text), repeal (废止) or declare expired (宣布失效) with the
 * basis; another person approves (separation of duties); the result list is published, grouped as
 * the SAT's announcements are; and one act applies the decisions as CONFIRMED effects of origin
 * CLEANUP. Roles: DRAFTER, OFFICE_REVIEWER or ADMINISTRATOR of the campaign's organ create and
 * decide; OFFICE_REVIEWER or ADMINISTRATOR who neither created nor decided approve; PUBLISHER,
 * OFFICE_REVIEWER or ADMINISTRATOR publish and apply.
 */
package cn.gongkai.regulations.cleanup;
