package cn.gongkai.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;

/**
 * Maps every refusal of a JSON API to an RFC 9457 problem document in the UI language, naming
 * the field and the rule ({@code errors: [{field, message}]}) and, for business rules, their
 * stable {@code code}. Anything unexpected is logged and answered without internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(GongkaiException.class)
    ResponseEntity<ProblemDetail> refused(GongkaiException e) {
        ProblemDetail problem = problem(e.status(), e.code(), text(e.messageKey(), e.args()));
        if (!e.fields().isEmpty()) {
            List<Map<String, Object>> errors = e.fields().stream()
                    .map(f -> f.asMap(text(f.messageKey(), f.args()))).toList();
            problem.setProperty("errors", errors);
            problem.setDetail(problem.getDetail() + " " + errors.stream()
                    .map(m -> m.get("field") + ": " + m.get("message")).collect(Collectors.joining("; ")));
        }
        return respond(problem);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        List<GongkaiException.FieldProblem> fields = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(f -> fields.add(new GongkaiException.FieldProblem(
                f.getField(), "platform.error.field", f.getDefaultMessage())));
        return refused(GongkaiException.invalid(fields));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<GongkaiException.FieldProblem> fields = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> fields.add(
                new GongkaiException.FieldProblem(r.getMethodParameter().getParameterName(),
                        "platform.error.field", err.getDefaultMessage()))));
        return refused(GongkaiException.invalid(fields));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException je && !je.getPath().isEmpty()) {
            String field = je.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return refused(GongkaiException.invalid(field, "platform.error.fieldType"));
        }
        return respond(problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", text("platform.error.malformedJson")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return refused(GongkaiException.invalid(e.getParameterName(), "platform.error.required"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException e) {
        return refused(GongkaiException.invalid(e.getName(), "platform.error.fieldType"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                text("platform.error.mediaType", String.valueOf(e.getContentType()))));
    }

    /** The answer is a problem document whatever the client asked for (its type is set, so Accept is not consulted). */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return respond(problem(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", text("platform.error.notAcceptable")));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return respond(problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                text("platform.error.method", e.getMethod())));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return respond(problem(HttpStatus.CONTENT_TOO_LARGE, "TOO_LARGE", text("platform.error.tooLarge")));
    }

    /** Uploads are parsed lazily (in the handler), so a size limit breach arrives here instead of as a 500. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, jakarta.servlet.http.HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return respond(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                    text("platform.error.mediaTypeUpload", String.valueOf(type))));
        }
        return uploadTooLarge(e) ? tooLarge(null)
                : refused(GongkaiException.invalid("file", "platform.error.fieldType"));
    }

    private static boolean uploadTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("SizeLimitExceeded")) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return refused(GongkaiException.forbidden());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return respond(problem(HttpStatus.NOT_FOUND, "NOT_FOUND", text("platform.error.noSuchPath")));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException e) {
        log.warn("Integrity violation answered as 409: {}", e.getMostSpecificCause().getMessage());
        return respond(problem(HttpStatus.CONFLICT, "CONFLICT", text("platform.error.conflict")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (uploadTooLarge(e)) {
            return tooLarge(null);
        }
        log.error("Unexpected error in API call", e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", text("platform.error.internal")));
    }

    private ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:gongkai:problem:" + code.toLowerCase().replace('_', '-')));
        problem.setProperty("code", code);
        return problem;
    }

    private ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
