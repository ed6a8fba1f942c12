/**
 * Import of legal texts into the library (issue 11, item 2): DOCX, word-processor HTML, PDF with a
 * text layer and plain text or Markdown, read through POI, jsoup and PDFBox, cleaned of crawl
 * artefacts, parsed into 编/章/节/条/款/项/目 or 一、（一）1. with the eIds of REG-PLAN, with title, 文号,
 * organs and dates recovered; lines that do not parse and injected content (app and gambling spam,
 * hidden text) become findings that staff confirm or strip before publication. It also loads the
 * demo library (the 38 corpus texts and the seed). It refuses to derive validity or render pages:
 * it writes drafts and publishes {@code LibraryChanged}.
 */
package cn.gongkai.regulations.imports;
