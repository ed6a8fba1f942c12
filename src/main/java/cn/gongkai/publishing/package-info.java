/**
 * Publishing (SPEC M3): government-information records (政府信息), their review workflow with the
 * legal gates of the Implementation Measures 七(一) and 八(二), interpretations (政策解读),
 * editions, index numbers, attachments, scheduled publication and syndication of SAT's policies.
 * It refuses to compute deadlines (it raises obligation events) and to render the public site
 * (the portal reads {@link cn.gongkai.publishing.PublishedRecords}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publishing",
        allowedDependencies = { "platform", "organization", "catalog", "obligations" })
package cn.gongkai.publishing;
