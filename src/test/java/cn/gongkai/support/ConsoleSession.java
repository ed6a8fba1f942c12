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

    private ConsoleSession(String base) {
        this.base = base;
    }

    public static ConsoleSession login(String base, String username, String password) {
        ConsoleSession s = new ConsoleSession(base);
        ApiClient.Response r = s.form("/login", "/login", "username=" + username + "&password=" + password);
        if (r.status() != 302 || r.header("Location").contains("error")) {
            throw new IllegalStateException("console login failed: " + r.status() + " " + r.header("Location"));
        }
        return s;
    }

    public ApiClient.Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).GET());
    }

    /** Loads {@code pagePath} for its CSRF token, then posts the form to {@code action}. */
    public ApiClient.Response form(String pagePath, String action, String body) {
        Matcher m = CSRF.matcher(get(pagePath).body());
        String csrf = m.find() ? m.group(1) : "";
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))));
    }

    private ApiClient.Response send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(r.statusCode(), r.body(), r);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
