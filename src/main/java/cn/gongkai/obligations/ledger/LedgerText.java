package cn.gongkai.obligations.ledger;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The ledger's stored texts (the due-time summary, history details) as a person reads them: the
 * compact summary keeps machine words ({@code WORKING_DAYS}, {@code WEEKEND}, {@code MET_ON_TIME},
 * "skipped") so that it stays comparable across languages; pages show each in the UI language.
 * Used in templates as {@code @ledgerText.show(text)}.
 */
@Component("ledgerText")
public class LedgerText {

    private static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b|\\| (start|counted|skipped|make-up working days|due|late from)\\b");

    private final MessageSource messages;

    LedgerText(MessageSource messages) {
        this.messages = messages;
    }

    public String show(String text) {
        if (text == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            String shown;
            if (word.startsWith("| ")) {
                String key = "obligations.explain." + word.substring(2).replace(' ', '-');
                shown = "| " + messages.getMessage(key, null, word.substring(2), locale);
            }
            else {
                shown = messages.getMessage("obligations.state." + word, null, null, locale);
                if (shown == null) {
                    shown = messages.getMessage("obligations.explain." + word, null, word, locale);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }
}
