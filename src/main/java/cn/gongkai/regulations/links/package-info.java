/**
 * Publishing records linked to their library document (issue 11 item 5): the link set by staff,
 * the record's validity derived from the library on every change and daily, and the demo link of
 * the Implementation Measures.
 */
package cn.gongkai.regulations.links;
