package cn.gongkai.platform;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaces Spring Boot's Whitelabel error page: what the container answers itself (no handler for
 * the address, an exception no handler caught, a status sent with {@code sendError}) becomes the
 * site's error page in the UI language, or an RFC 9457 problem document under {@code /api/}.
 * {@code /error} asked for directly is an unknown address (404).
 */
@Controller
class ServletErrors implements ErrorController {

    private final ErrorPages pages;
    private final FormErrors text;
    private final JsonMapper json;

    ServletErrors(ErrorPages pages, FormErrors text, JsonMapper json) {
        this.pages = pages;
        this.text = text;
        this.json = json;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null ? HttpStatus.valueOf(i)
                : HttpStatus.NOT_FOUND;
        String path = uri instanceof String s ? s : request.getRequestURI();
        String message = text.text(messageKey(status), status.value());
        if (path.startsWith("/api/")) {
            problem(response, status, message, path);
            return null;
        }
        return new ModelAndView(pages.render(status, message, path, model, request, response));
    }

    private static String messageKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "platform.error.noSuchPath";
            case FORBIDDEN, UNAUTHORIZED -> "platform.error.forbidden";
            case METHOD_NOT_ALLOWED -> "platform.error.methodPage";
            case CONTENT_TOO_LARGE -> "platform.error.tooLarge";
            case TOO_MANY_REQUESTS -> "platform.error.tooMany";
            case BAD_REQUEST -> "platform.error.badRequest";
            default -> status.is5xxServerError() ? "platform.error.internal" : "platform.error.status";
        };
    }

    private void problem(HttpServletResponse response, HttpStatus status, String detail, String path)
            throws IOException {
        String name = status.is5xxServerError() ? "INTERNAL" : status.name();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:gongkai:problem:" + name.toLowerCase().replace('_', '-'));
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", path);
        problem.put("code", name);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
