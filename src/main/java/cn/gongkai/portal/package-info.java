/**
 * Portal (SPEC M4): the public site of every organ — home, openness column (指南, 制度, 目录, 年报),
 * catalogue tree, filtered record lists, record pages — and the machine access to it: RSS/Atom
 * feeds, sitemaps, CSV/XLSX downloads, the public JSON API and the DCAT-AP open-data catalogue.
 * It owns no data: it reads {@link cn.gongkai.publishing.PublishedRecords}, the regulations library's
 * {@link cn.gongkai.regulations.Regulations} (a record's library status) and
 * {@link cn.gongkai.catalog.Catalog}, and refuses to know how records are stored or reviewed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
        allowedDependencies = { "platform", "organization", "catalog", "publishing", "regulations", "registers" })
package cn.gongkai.portal;
