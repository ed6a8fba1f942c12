package cn.gongkai.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one real-HTTP client of the web tests: JSON in, status and JSON out, optional bearer token;
 * raw bytes with extra headers, parsed pages (Jsoup), and request lines sent byte for byte for
 * paths no URI class accepts. Console sessions with cookies and CSRF: {@link ConsoleSession}.
 */
public class ApiClient {

    /** The site address the test profile configures (gongkai.site.base-url): every absolute URL starts with it. */
    public static final String SITE = "https://www.gongkai.test";


    public static final String DEMO_PASSWORD = "Demo-Passw0rd!";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String token;

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A client of {@code base} ({@code http://localhost:8080}: the host name matters to the portal's sites). */
    public static ApiClient at(String base) {
        return new ApiClient(0, base);
    }

    /** Logs in through {@code POST /api/v1/auth/token} and uses the token from then on. */
    public ApiClient as(String username) {
        return as(username, DEMO_PASSWORD);
    }

    public ApiClient as(String username, String password) {
        Response r = post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (r.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + r.status() + " " + r.body());
        }
        ApiClient client = new ApiClient(0, base);
        client.token = r.json().get("token").asString();
        return client;
    }

    private ApiClient(int ignored, String base) {
        this.base = base;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    public Response put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Posts one file as the multipart field {@code file}, as a browser's upload form does. */
    public Response upload(String path, String fileName, byte[] bytes) {
        return send(multipart(HttpRequest.newBuilder(URI.create(base + path)), fileName, bytes));
    }

    /** Adds a multipart body with one file field {@code file} to {@code request}. */
    public static HttpRequest.Builder multipart(HttpRequest.Builder request, String fileName, byte[] bytes) {
        String boundary = "----gongkai" + java.util.UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bytes, 0, all, head.length, bytes.length);
        System.arraycopy(tail, 0, all, head.length + bytes.length, tail.length);
        return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(all));
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** GET with extra headers (name, value, …), the body as bytes; paths are sent as written. */
    public HttpResponse<byte[]> bytes(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status(String path) {
        return bytes(path).statusCode();
    }

    /** The body of a page that must answer 200. */
    public String text(String path) {
        HttpResponse<byte[]> r = bytes(path);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": "
                    + new String(r.body(), StandardCharsets.UTF_8));
        }
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** A page that must answer 200, parsed. */
    public Document page(String path) {
        return Jsoup.parse(text(path), base + path);
    }

    /** The status for a request line sent byte for byte (bad percent-encoding that no URI class accepts). */
    public int rawStatus(String path) {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(line.split(" ")[1]);
        }
        catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }

    public Response send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String token() {
        return token;
    }

    public String base() {
        return base;
    }

    /** A response: status, raw body, parsed JSON on demand. */
    public record Response(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }
}
