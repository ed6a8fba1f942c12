package cn.gongkai.requests.console;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import cn.gongkai.requests.dossier.Applicant;

/**
 * Everything the handling organ's staff see of a request: the applicant's data, the clock with its
 * explanation, the full timeline (internal steps too), consultations, a pending extension, the
 * fee, the reply and its files.
 */
record StaffRequestView(long id, String trackingCode, String organ, String organName, String channel,
        Applicant applicant, String description, String form, String delivery, Instant submittedAt,
        LocalDate receivedOn, LocalDate clockStart, String state, Long handlerId, String handler,
        LocalDate dueOn, String dueStatus, Integer workingDaysLeft, List<String> dueExplanation,
        LocalDate correctionNoticeDueOn, LocalDate correctionAskedOn, String correctionItems,
        LocalDate correctionDueOn, LocalDate correctedOn, Integer extensionDays, String extensionApprovedBy,
        LocalDate deferredUntil, String deferralReason,
        Integer pendingExtensionDays, String pendingExtensionReason, List<ConsultationView> consultations,
        FeeView fee, Integer feeQuotePerApplication, int applicationOfMonth, String replyClass,
        String replyReason, String legalBasis, String replyText, LocalDate repliedOn, LocalDate closedOn,
        List<EventView> events, List<FileView> files, boolean dueProvisional, Integer maxExtensionDays,
        String idDocument) {

    record ConsultationView(long id, String kind, String party, LocalDate sentOn, LocalDate answerDueOn,
            LocalDate answeredOn) {
    }

    record FeeView(String basis, Integer units, Integer amount, LocalDate noticedOn, LocalDate payBy,
            LocalDate paidOn) {
    }

    record EventView(String kind, Instant at, LocalDate on, String actor, String detail, LocalDate date,
            Integer amount, boolean shownPublicly) {
    }

    record FileView(long id, String purpose, String filename, long sizeBytes) {
    }
}
