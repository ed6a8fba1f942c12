package cn.gongkai.portal;

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

/** Anonymous reader of the portal over real HTTP; raw paths are sent as written (no re-encoding). */
final class PortalHttp {

    /** {@code gongkai.site.base-url} of the test profile: every absolute URL the site hands out starts with it. */
    static final String SITE = "https://www.gongkai.test";

    private final int port;
    private final HttpClient client = HttpClient.newHttpClient();

    PortalHttp(int port) {
        this.port = port;
    }

    String base() {
        return "http://localhost:" + port;
    }

    HttpResponse<byte[]> get(String path, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path));
            for (int i = 0; i < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

    /** The status for a request line sent byte for byte, for paths no URI class accepts (bad percent-encoding). */
    int rawStatus(String path) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(line.split(" ")[1]);
        }
        catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }

    int status(String path) {
        return get(path).statusCode();
    }

    String text(String path) {
        HttpResponse<byte[]> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    Document page(String path) {
        return Jsoup.parse(text(path), base() + path);
    }
}
