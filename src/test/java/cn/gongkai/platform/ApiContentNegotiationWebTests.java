package cn.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.JsonNode;

/**
 * Every JSON operation of {@code /v3/api-docs}, called by an administrator with an Accept it
 * cannot serve, answers 406; every operation that reads a JSON body, given an odd Content-Type,
 * answers 415; none answers 5xx.
 */
@WebTest
class ApiContentNegotiationWebTests {

    @LocalServerPort
    int port;

    record Operation(String method, String path, boolean jsonAnswer, boolean jsonBody) {
    }

    List<Operation> operations(ApiClient anonymous) {
        JsonNode doc = anonymous.get("/v3/api-docs").json();
        List<Operation> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                JsonNode ok = op.getValue().path("responses").path("200").path("content");
                JsonNode created = op.getValue().path("responses").path("201").path("content");
                boolean jsonAnswer = json(ok) || json(created);
                JsonNode bodyTypes = op.getValue().path("requestBody").path("content");
                boolean jsonBody = bodyTypes.has("application/json") || bodyTypes.has("multipart/form-data");
                String concrete = path.getKey().replaceAll("\\{[^}]+}", "1");
                out.add(new Operation(op.getKey().toUpperCase(), concrete, jsonAnswer, jsonBody));
            }
        }
        return out;
    }

    private static boolean json(JsonNode content) {
        for (String type : content.propertyNames()) {
            if (type.contains("json") || type.equals("*/*")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aNonJsonAcceptIs406AndAnOddContentTypeIs415OnEveryJsonOperation() {
        ApiClient anonymous = new ApiClient(port);
        ApiClient admin = anonymous.as("admin");
        List<Operation> ops = operations(anonymous);
        assertThat(ops).hasSizeGreaterThan(20);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        int bodies = 0;
        for (Operation op : ops) {
            String body = op.jsonBody() ? "{}" : "";
            if (op.jsonAnswer()) {
                checked++;
                ApiClient.Response r = admin.send(request(admin, op, "application/json", body)
                        .header("Accept", "text/html"));
                if (r.status() != 406) {
                    wrong.add(op.method() + " " + op.path() + " Accept text/html -> " + r.status() + " " + r.body());
                }
            }
            if (op.jsonBody()) {
                // only operations that read a body: the refusal comes before the handler runs, so nothing changes
                bodies++;
                ApiClient.Response odd = admin.send(request(admin, op, "text/x-odd", body)
                        .header("Accept", "application/json"));
                if (odd.status() != 415) {
                    wrong.add(op.method() + " " + op.path() + " Content-Type text/x-odd -> " + odd.status() + " "
                            + odd.body());
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(bodies).isGreaterThan(10);
        assertThat(wrong).isEmpty();
    }

    @Test
    void the406AnswerIsAProblemDocumentEvenThoughTheClientAskedForHtml() {
        ApiClient anonymous = new ApiClient(port);
        ApiClient.Response r = anonymous.send(HttpRequest.newBuilder(URI.create(anonymous.base()
                + "/api/v1/public/sites")).header("Accept", "text/html").GET());
        assertThat(r.status()).isEqualTo(406);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("code").asString()).isEqualTo("NOT_ACCEPTABLE");
    }

    private static HttpRequest.Builder request(ApiClient client, Operation op, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(client.base() + op.path()));
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofString(body);
        return switch (op.method()) {
            case "GET" -> b.GET();
            case "DELETE" -> b.DELETE();
            default -> b.header("Content-Type", contentType).method(op.method(), publisher);
        };
    }
}
