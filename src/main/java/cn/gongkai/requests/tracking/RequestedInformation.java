package cn.gongkai.requests.tracking;

/**
 * What the applicant asked for, repeated on the receipt and tracking pages (所需信息): the
 * description with the applicant's own personal data masked (these pages are public to whoever
 * holds the tracking code), the wanted form and the way of delivery, as labels.
 */
record RequestedInformation(String description, String form, String delivery) {
}
