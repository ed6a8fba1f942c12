/**
 * Organization (SPEC 2): organs (税务机关) and their departments, staff accounts, roles scoped to
 * an organ, authentication (passwords, lockout, TOTP, API tokens). It answers "who is this user
 * and what may they do where"; it refuses to know any record, request or deadline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization", allowedDependencies = "platform")
package cn.gongkai.organization;
