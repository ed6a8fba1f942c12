package cn.gongkai.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one mapper from a refusal to what a person reads: field → message for re-rendering a form
 * with each error beside its field, a one-line summary for an error page, in the UI language.
 * Arguments that are message keys themselves (a state name, {@code requests.state.RECEIVED}) are
 * translated too, so no raw key reaches a page.
 */
@Component
public class FormErrors {

    /** The key of a problem of the whole form (not "form": a form may have a field of that name). */
    public static final String GENERAL = "general";

    private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[A-Za-z0-9_-]+)+");

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** One message per field (several problems of one field joined), or {@code form} → the reason. */
    public Map<String, String> byField(GongkaiException e) {
        Map<String, String> out = new LinkedHashMap<>();
        e.fields().forEach(f -> out.merge(f.field(), text(f.messageKey(), f.args()), (a, b) -> a + " " + b));
        if (out.isEmpty()) {
            out.put(GENERAL, text(e.messageKey(), e.args()));
        }
        return out;
    }

    /** The reason of a refusal in one line: its message, or its fields' messages. */
    public String summary(GongkaiException e) {
        return String.join(" ", byField(e).values());
    }

    /** The message {@code key} in the UI language, arguments that are message keys translated. */
    public String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] shown = new Object[args == null ? 0 : args.length];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = args[i] instanceof String s && KEY.matcher(s).matches()
                    ? messages.getMessage(s, null, s, locale) : args[i] == null ? "" : String.valueOf(args[i]);
        }
        return messages.getMessage(key, shown, key, locale);
    }
}
