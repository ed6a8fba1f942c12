package cn.gongkai.obligations.reminders;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminder e-mail ({@code gongkai.obligations.reminders.*}). Mail goes out only when
 * {@code spring.mail.host} is configured; {@code mailFrom} is the sender address and
 * {@code consoleUrl} the console's public base address for the links in the mail.
 */
@ConfigurationProperties("gongkai.obligations.reminders")
record ReminderSettings(@DefaultValue("gongkai-noreply@localhost") String mailFrom,
        @DefaultValue("http://localhost:8080") String consoleUrl) {
}
