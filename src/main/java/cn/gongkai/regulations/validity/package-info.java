/**
 * Validity derived from effects (时效性): effect records entered, suggested from a repealing
 * notice's text and reviewed by staff; the derived timeline per document and provision; the
 * versions amended provisions keep; a normative document's own period expiring it.
 */
package cn.gongkai.regulations.validity;
