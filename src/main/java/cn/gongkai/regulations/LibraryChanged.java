package cn.gongkai.regulations;

/**
 * A library document was imported, edited, or had its effects changed: whatever is derived from
 * it (its validity timeline, a linked record's validity, the search index) is derived again.
 * Published inside the transaction of the change; listeners run synchronously in it.
 */
public record LibraryChanged(String documentId) {
}
