/**
 * Platform (M12): the audit chain, web layout and i18n, error mapping, security plumbing and
 * site identity that every module shares. It depends on no other module and knows no domain
 * rule; modules plug in through its small interfaces ({@link cn.gongkai.platform.BearerTokens}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package cn.gongkai.platform;
