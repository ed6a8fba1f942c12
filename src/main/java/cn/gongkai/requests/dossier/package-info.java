/**
 * The request dossier (申请档案): the aggregate {@link DisclosureRequest}, its applicant, channel,
 * state, timeline, files, consultations and fee, and the module settings. Every sub-feature works
 * on it.
 */
package cn.gongkai.requests.dossier;
