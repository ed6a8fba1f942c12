package cn.gongkai.publishing;

import java.time.Instant;

/**
 * A record's validity was derived anew from its library document (it changed): what shows or
 * indexes the record refreshes it, as after a publication.
 */
public record RecordValidityDerived(long recordId, long organId, Validity validity, Instant at) {
}
