/**
 * Portal (SPEC M4): the public pages of every organ's site. For now the record pages and the
 * per-site record lists, read only through {@link cn.gongkai.publishing.PublishedRecords}; it owns
 * no data and refuses to know how records are stored or reviewed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
        allowedDependencies = { "platform", "organization", "catalog", "publishing" })
package cn.gongkai.portal;
