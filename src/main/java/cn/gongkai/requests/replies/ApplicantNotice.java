package cn.gongkai.requests.replies;

/**
 * Internal event: the applicant is to be told something by e-mail (receipt, correction notice,
 * extension, fee notice, reply, closure). Sent by {@link ApplicantMail} after the act commits.
 */
public record ApplicantNotice(long requestId, Kind kind) {

    public enum Kind {
        RECEIPT, CORRECTION, EXTENSION, FEE, REPLY, CLOSED
    }
}
