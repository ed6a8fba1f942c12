package cn.gongkai.platform;

import java.util.Collections;
import java.util.List;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every JSON API operation answers JSON (or a JSON-based type such as JSON-LD) only. A client whose
 * {@code Accept} excludes JSON gets 406 before the operation runs, so nothing is changed and the
 * answer never depends on whether the operation would have found its subject.
 */
class JsonAcceptCheck implements HandlerInterceptor {

    static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON,
            MediaType.valueOf("application/*+json"));

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (!(handler instanceof HandlerMethod method)
                || !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class)) {
            return true;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(Collections.list(request.getHeaders("Accept")));
        }
        catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException(ANSWERS);
        }
        if (accepted.isEmpty() || accepted.stream().anyMatch(a -> ANSWERS.stream().anyMatch(a::isCompatibleWith))) {
            return true;
        }
        throw new HttpMediaTypeNotAcceptableException(ANSWERS);
    }
}
