package cn.gongkai.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.WebTest;

/** An attachment's name loses its invisible bidirectional and control characters before it is stored or shown. */
@WebTest
class AttachmentNameWebTests {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void rightToLeftOverrideAndOtherBidiControlsAreStrippedFromTheName() {
        long id = api.post("sat-drafter", "/api/v1/records", Api.draft("附件名称清理")).id();
        // "说明\u202Excod.pdf" displays as "说明fdp.docx"
        Api.Answer up = api.upload("sat-drafter", "/api/v1/records/" + id + "/attachments",
                "\u200F说明\u202Excod\u2066\u2069\u202A\u202B\u202C\u202D\u200E\u0007.pdf", RecordPublicationWebTests.PDF);
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        assertThat(up.text("fileName")).isEqualTo("说明xcod.pdf");
        assertThat(api.get("sat-drafter", "/api/v1/records/" + id).body()).contains("说明xcod.pdf")
                .doesNotContain("\\u202e", "\\u202E", "\u202E");
    }
}
