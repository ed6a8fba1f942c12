package cn.gongkai.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;


/** Turns a refusal into field → message for re-rendering a form with its errors next to the fields. */
@Component
public class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, String> byField(GongkaiException e) {
        Map<String, String> out = new LinkedHashMap<>();
        e.fields().forEach(f -> out.put(f.field(), text(f.messageKey(), f.args())));
        if (out.isEmpty()) {
            out.put("form", text(e.messageKey(), e.args()));
        }
        return out;
    }

    private String text(String key, Object[] args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
