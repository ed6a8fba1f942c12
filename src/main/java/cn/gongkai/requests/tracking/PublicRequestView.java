package cn.gongkai.requests.tracking;

import java.time.LocalDate;
import java.util.List;

/**
 * What the public may know of a request (tracking page and public API): never the applicant's
 * name, identity number, phone, e-mail or address. Texts written by staff for the applicant
 * (correction items, the reasons request) and the applicant's stated reasons are shown with any of
 * those values masked. {@code reasonsRequested}: an art. 35 request for reasons awaits the answer.
 */
public record PublicRequestView(String trackingCode, String organ, String organName, String state, String stateLabel,
        LocalDate receivedOn, LocalDate dueOn, String dueStatus, List<String> dueExplanation,
        LocalDate correctionDueOn, List<Event> events, String replyClass, String replyClassLabel,
        LocalDate repliedOn, String letterUrl, List<Attachment> attachments, boolean dueProvisional,
        String dueProvisionalNote, String feeNoticeUrl, boolean reasonsRequested) {

    /** A public step of the timeline: kind, the day, a date or number it carries, and its sentence. */
    public record Event(String kind, LocalDate on, LocalDate date, Integer amount, String text, String detail) {
    }

    public record Attachment(String filename, long sizeBytes, String url) {
    }
}
