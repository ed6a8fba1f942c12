/**
 * Regulations library (SPEC M6, 税收法规库): tax laws, regulations, rules, normative documents,
 * treaties and case rulings structured into 编/章/节/条/款/项/目 with stable provision ids, their
 * validity (时效性) derived from effect records and dates and never typed by hand, the text as it
 * stood on any day, cleanup campaigns (文件清理) with the SAT's spot-check (抽查), the 12366
 * knowledge base whose answers know when their citation died, and the import of legacy texts.
 * The top package is the API for other modules; the sub-packages are internal, one per
 * sub-feature. It refuses to know how records are reviewed or published: it links to them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regulations",
        allowedDependencies = { "platform", "organization", "calendar", "obligations", "publishing" })
package cn.gongkai.regulations;
