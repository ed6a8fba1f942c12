package cn.gongkai.requests;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.gongkai.platform.GongkaiException;

/**
 * Turns a refusal into what a form shows: one message per field (for the summary and the field),
 * with arguments that are message keys (a state name) translated too.
 */
@Component
class RequestFormErrors {

    /** The key of a problem of the whole form (not "form": that is a field, the wanted form of the information). */
    static final String GENERAL = "general";

    private final MessageSource messages;

    RequestFormErrors(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> of(GongkaiException e) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> out = new LinkedHashMap<>();
        e.fields().forEach(f -> out.merge(f.field(), text(locale, f.messageKey(), f.args()), (a, b) -> a + " " + b));
        if (out.isEmpty()) {
            out.put(GENERAL, text(locale, e.messageKey(), e.args()));
        }
        return out;
    }

    String text(Locale locale, String key, Object... args) {
        Object[] shown = new Object[args == null ? 0 : args.length];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = args[i] instanceof String s && s.startsWith("requests.")
                    ? messages.getMessage(s, null, s, locale) : args[i] == null ? "" : String.valueOf(args[i]);
        }
        return messages.getMessage(key, shown, key, locale);
    }
}
