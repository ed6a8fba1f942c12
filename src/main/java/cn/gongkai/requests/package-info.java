/**
 * Disclosure on request (SPEC M5, 依申请公开): applications online and on paper, the legal clock
 * of Regulations art. 30–35 (due dates asked of the calendar, duties reported to the obligations
 * engine), replies classified as in the national annual-report template with PDF letters, the
 * public tracking page, statistics and proactive-disclosure candidates. It keeps applicants'
 * personal data to itself: no public page or API shows it, and other modules get only counts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests",
        allowedDependencies = { "platform", "organization", "calendar", "obligations" })
package cn.gongkai.requests;
