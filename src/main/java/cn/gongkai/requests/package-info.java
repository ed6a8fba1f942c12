/**
 * Disclosure on request (SPEC M5, 依申请公开): applications online and on paper, the legal clock
 * of Regulations art. 30–35 (due dates asked of the calendar, duties reported to the obligations
 * engine), replies classified as in the national annual-report template with PDF letters, the
 * public tracking page, statistics and proactive-disclosure candidates. It keeps applicants'
 * personal data to itself: no public page or API shows it, and other modules get only counts.
 * The top package is the API for other modules (the reply taxonomy and {@link RequestStatistics});
 * the sub-packages are internal, one per sub-feature: {@code dossier} (the aggregate), {@code intake},
 * {@code clock}, {@code replies} (and letters), {@code fees}, {@code tracking}, {@code reports} and
 * {@code console}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests",
        allowedDependencies = { "platform", "organization", "calendar", "obligations" })
package cn.gongkai.requests;
