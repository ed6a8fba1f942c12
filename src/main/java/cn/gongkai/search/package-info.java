/**
 * Search (SPEC M4): the embedded Lucene index of published records with Chinese word segmentation
 * (smartcn), document-number fragments, filters, highlighting and paging; the public search pages
 * and API; index maintenance in step with the database through publishing's events (an outbox via
 * Spring Modulith's event publication registry) and a rebuild from the database. It owns no record
 * data and refuses to decide what is public: it indexes what publishing has published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = { "platform", "organization", "catalog", "publishing" })
package cn.gongkai.search;
