package cn.gongkai.publishing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the web tests: logs demo users in and speaks JSON to the running app. */
class Api {

    static final String PASSWORD = "Demo-Passw0rd!";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> tokens = new HashMap<>();

    Api(int port) {
        this.base = "http://localhost:" + port;
    }

    record Answer(int status, String body, HttpResponse<byte[]> raw) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String text(String field) {
            JsonNode n = json().get(field);
            return n == null || n.isNull() ? null : n.asString();
        }

        long id() {
            return json().get("id").asLong();
        }
    }

    String token(String user) {
        return tokens.computeIfAbsent(user, u -> {
            Answer a = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + u + "\",\"password\":\"" + PASSWORD
                            + "\"}")));
            return a.text("token");
        });
    }

    Answer post(String user, String path, Object body) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body))));
    }

    Answer put(String user, String path, Object body) {
        return send(request(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Answer get(String user, String path) {
        return send(user == null ? HttpRequest.newBuilder(URI.create(base + path)).GET() : request(user, path).GET());
    }

    Answer delete(String user, String path) {
        return send(request(user, path).DELETE());
    }

    Answer upload(String user, String path, String fileName, byte[] bytes) {
        return send(cn.gongkai.support.ApiClient.multipart(request(user, path), fileName, bytes));
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token(user));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A proactive draft body: the fields of SPEC M3 with sensible defaults, changed per test. */
    static Map<String, Object> draft(String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("type", "OTHER");
        m.put("attribute", "PROACTIVE");
        m.put("body", "<p>" + title + "的正文。</p>");
        m.put("catalogEntry", "12.01");
        return m;
    }
}
