package cn.gongkai.platform;

import java.util.Optional;
import java.util.Properties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP relay of reminders and letters, configured by Spring Boot's {@code spring.mail.*}
 * settings ({@code SPRING_MAIL_HOST}, port, username, password, protocol, {@code properties.*},
 * {@code ssl.enabled}). Read when the first mail is sent rather than through Boot's mail
 * auto-configuration, which is switched off: the run command starts from ahead-of-time processed
 * bean definitions, where a condition such as "a mail host is set" would be decided at build time
 * and an operator's SPRING_MAIL_HOST ignored. Without a host, mail is off and callers log instead.
 */
@Component
public class MailRelay {

    private final Environment environment;
    private volatile Optional<JavaMailSender> sender;

    MailRelay(Environment environment) {
        this.environment = environment;
    }

    /** The configured relay, or empty when {@code spring.mail.host} is not set. */
    public Optional<JavaMailSender> sender() {
        Optional<JavaMailSender> s = sender;
        if (s == null) {
            s = Optional.ofNullable(create());
            sender = s;
        }
        return s;
    }

    private JavaMailSender create() {
        MailProperties p = Binder.get(environment).bind("spring.mail", MailProperties.class).orElse(null);
        if (p == null || p.getHost() == null || p.getHost().isBlank()) {
            return null;
        }
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost(p.getHost());
        if (p.getPort() != null) {
            mail.setPort(p.getPort());
        }
        mail.setUsername(p.getUsername());
        mail.setPassword(p.getPassword());
        mail.setProtocol(p.getProtocol());
        if (p.getDefaultEncoding() != null) {
            mail.setDefaultEncoding(p.getDefaultEncoding().name());
        }
        Properties javaMail = new Properties();
        javaMail.putAll(p.getProperties());
        if (p.getSsl().isEnabled()) {
            javaMail.setProperty("mail." + p.getProtocol() + ".ssl.enable", "true");
        }
        mail.setJavaMailProperties(javaMail);
        return mail;
    }
}
