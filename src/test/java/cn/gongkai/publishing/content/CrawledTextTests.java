package cn.gongkai.publishing.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CrawledTextTests {

    static String measures() throws IOException {
        try (InputStream in = CrawledTextTests.class.getResourceAsStream("/publishing/demo/measures-2017-crawled.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void removesStrippedTagMarks() {
        assertThat(CrawledText.clean("2017年@@4月@@27日@@")).isEqualTo("2017年4月27日");
    }

    @Test
    void setsPunctuationNextToChineseToFullWidthButLeavesUrlsAlone() {
        assertThat(CrawledText.clean("(一)通知,请执行;见 https://www.chinatax.gov.cn/a,b"))
                .isEqualTo("（一）通知，请执行；见 https://www.chinatax.gov.cn/a,b");
    }

    // reference/README.md: "乐动安卓app " is injected spam; official copies read 推行“互联网+政务服务”
    @Test
    void cleansTheImplementationMeasures() throws IOException {
        String raw = measures();
        assertThat(raw).contains("@@", "乐动安卓app");
        String clean = CrawledText.clean(raw);
        assertThat(clean).doesNotContain("@@", "乐动安卓", "app ");
        assertThat(clean).contains("推行“互联网+政务服务”，扩大公众参与", "2017年4月27日", "全面推进政务公开工作实施办法",
                "（中办发〔2016〕8号）", "十二、强化政务公开组织保障", "（一）指导思想。");
        assertThat(clean).doesNotContain(",", "(一)");
        assertThat(clean).doesNotContain("\n\n\n");
    }
}
