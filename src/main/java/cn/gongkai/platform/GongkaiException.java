package cn.gongkai.platform;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A refusal the user can act on. Mapped once, by {@link ApiErrors} (JSON, RFC 9457) and
 * {@link PageErrors} (HTML), to a 4xx answer naming the field or rule; never a 500.
 * {@code messageKey} is a message-bundle key; {@code args} fill its placeholders.
 */
public class GongkaiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String messageKey;
    private final Object[] args;
    private final List<FieldProblem> fields;

    public GongkaiException(HttpStatus status, String code, String messageKey, Object... args) {
        this(status, code, messageKey, List.of(), args);
    }

    public GongkaiException(HttpStatus status, String code, String messageKey, List<FieldProblem> fields,
            Object... args) {
        super(code + ": " + messageKey);
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.args = args;
        this.fields = List.copyOf(fields);
    }

    /** 404 for {@code what} with {@code id}, written as it is. */
    public static GongkaiException notFound(String what, Object id) {
        // the id as text: MessageFormat would group a numeric id (99,999,999)
        return new GongkaiException(HttpStatus.NOT_FOUND, "NOT_FOUND", "platform.error.notFound", what, String.valueOf(id));
    }

    /**
     * A numeric id from a path: anything else names a page that does not exist (404, not 400),
     * the text named as written (cut to 40 characters).
     */
    public static long pathId(String what, String text) {
        if (text == null || !text.matches("\\d{1,18}")) {
            throw notFound(what, text == null || text.length() <= 40 ? text : text.substring(0, 40));
        }
        return Long.parseLong(text);
    }

    public static GongkaiException forbidden() {
        return new GongkaiException(HttpStatus.FORBIDDEN, "FORBIDDEN", "platform.error.forbidden");
    }

    /** One or more invalid fields: 400 naming each field and the rule it broke. */
    public static GongkaiException invalid(List<FieldProblem> fields) {
        return new GongkaiException(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "platform.error.invalid", fields);
    }

    public static GongkaiException invalid(String field, String messageKey, Object... args) {
        return invalid(List.of(new FieldProblem(field, messageKey, args)));
    }

    /** A business rule refused the step: 422 with the rule's stable code. */
    public static GongkaiException refused(String code, String messageKey, Object... args) {
        return new GongkaiException(HttpStatus.UNPROCESSABLE_CONTENT, code, messageKey, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    /** A field and the message key of the rule it broke. */
    public record FieldProblem(String field, String messageKey, Object... args) {

        public Map<String, Object> asMap(String message) {
            return Map.of("field", field, "message", message);
        }
    }
}
