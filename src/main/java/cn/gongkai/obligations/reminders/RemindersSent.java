package cn.gongkai.obligations.reminders;

import java.util.List;

/**
 * Notices recorded in the inbox that still have to go out by e-mail. Published in the scan's
 * transaction, so the registry keeps it until the mail was handed to the SMTP server.
 */
public record RemindersSent(long obligationId, String kind, List<Long> recipientIds) {
}
