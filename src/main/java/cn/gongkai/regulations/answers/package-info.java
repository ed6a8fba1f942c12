/**
 * The 12366 knowledge base: questions and answers citing library provisions by document id and
 * eId. An answer whose cited provision (or one above or below it) is repealed or amended is
 * flagged the moment the effect takes hold, shows "所引条款已修改/废止" publicly, and raises the
 * platform rule {@code kb-answer-review} in the obligations ledger for its owning organ until an
 * office reviewer re-reads it. Roles: DRAFTER, OFFICE_REVIEWER or ADMINISTRATOR of the owning
 * organ write answers; OFFICE_REVIEWER or ADMINISTRATOR review flagged ones.
 */
package cn.gongkai.regulations.answers;
