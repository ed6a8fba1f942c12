package cn.gongkai.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/** A logged-in console session over real HTTP: cookies, CSRF token taken from the pages. */
public class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String forwardedFor;

    private ConsoleSession(String base, String forwardedFor) {
        this.base = base;
        this.forwardedFor = forwardedFor;
    }

    public static ConsoleSession login(String base, String username, String password) {
        return loginFrom(base, null, username, password);
    }

    /** Logs in as a client at {@code address} (sent as {@code X-Forwarded-For}, trusted from loopback in tests). */
    public static ConsoleSession loginFrom(String base, String address, String username, String password) {
        ConsoleSession s = new ConsoleSession(base, address);
        ApiClient.Response r = s.attemptLogin(username, password);
        if (r.status() != 302 || r.header("Location").contains("error")) {
            throw new IllegalStateException("console login failed: " + r.status() + " " + r.header("Location"));
        }
        return s;
    }

    /** A fresh client at {@code address} (null: the loopback address) that has not logged in. */
    public static ConsoleSession anonymousFrom(String base, String address) {
        return new ConsoleSession(base, address);
    }

    /** Posts the login form; the answer is a redirect to the console or to {@code /login?error=…}. */
    public ApiClient.Response attemptLogin(String username, String password) {
        return form("/login", "/login", "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    /** The CSRF token of a page, to post a form later with {@link #post}. */
    public String csrf(String pagePath) {
        Matcher m = CSRF.matcher(get(pagePath).body());
        return m.find() ? m.group(1) : "";
    }

    /** Posts a form body with a CSRF token taken earlier. */
    public ApiClient.Response post(String action, String body, String csrf) {
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))));
    }

    public ApiClient.Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).GET());
    }

    /** Loads {@code pagePath} for its CSRF token, then posts the form to {@code action}. */
    public ApiClient.Response form(String pagePath, String action, String body) {
        return post(action, body, csrf(pagePath));
    }

    /**
     * Loads {@code pagePath} for its CSRF token, then posts {@code bytes} as the multipart field
     * {@code file} to {@code action} (which may carry a query string); the token goes in the query,
     * as a browser's multipart form sends it to Spring Security.
     */
    public ApiClient.Response upload(String pagePath, String action, String fileName, byte[] bytes) {
        String token = URLEncoder.encode(csrf(pagePath), StandardCharsets.UTF_8);
        return send(ApiClient.multipart(HttpRequest.newBuilder(URI.create(base + action
                + (action.contains("?") ? "&" : "?") + "_csrf=" + token)), fileName, bytes));
    }

    private ApiClient.Response send(HttpRequest.Builder b) {
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(r.statusCode(), r.body(), r);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
