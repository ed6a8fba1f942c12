package cn.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.WebTest;

/** Malformed UTF-8 in an address is the client's mistake: 400, logged as one WARN line, never an ERROR. */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedAddressWebTests {

    @LocalServerPort
    int port;

    @Test
    void malformedUtf8InPathOrQueryIs400AndOneWarningWithoutStackTrace(CapturedOutput output) throws Exception {
        for (String path : List.of("/search?q=%E4%B8", "/records/%FF", "/api/v1/search?q=%E4%B8",
                "/api/v1/public/records/%FF", "/records?catalog=%C0%AF")) {
            int before = output.getAll().length();
            assertThat(status(path)).as(path).isEqualTo(400);
            String logged = output.getAll().substring(before);
            List<String> lines = logged.lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).as(path + " logged:\n" + logged).noneMatch(l -> l.contains("ERROR"))
                    .noneMatch(l -> l.trim().startsWith("at ")).filteredOn(l -> l.contains("WARN")).hasSize(1);
        }
    }

    private int status(String path) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            while (in.readLine() != null) {
                // read to the end so that the answer (and its logging) is complete
            }
            return status;
        }
    }
}
