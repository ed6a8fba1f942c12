package cn.gongkai.publishing.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTests {

    @Test
    void removesScriptsEventHandlersStylesAndJavascriptLinks() {
        String html = RichText.sanitize("<p onclick=\"alert(1)\" style=\"color:red\">正文<script>alert(2)</script></p>"
                + "<a href=\"javascript:alert(3)\">链接</a><img src=x onerror=alert(4)><iframe src=\"https://e.com\"></iframe>"
                + "<a href=\"JaVaScRiPt&colon;alert(5)\">x</a><svg onload=alert(6)></svg>");
        assertThat(html).doesNotContainIgnoringCase("script").doesNotContain("onclick", "onerror", "onload", "style=",
                "iframe", "alert");
        assertThat(html).contains("<p>正文</p>");
    }

    @Test
    void keepsStructureAndSafeLinks() {
        String html = RichText.sanitize("<h2>一、总体要求</h2><p><strong>重点</strong></p><table><tr><td>1</td></tr></table>"
                + "<a href=\"https://www.chinatax.gov.cn/\">总局</a><a href=\"/records/1\">内链</a>");
        assertThat(html).contains("<h2>一、总体要求</h2>", "<strong>重点</strong>", "<td>1</td>",
                "href=\"https://www.chinatax.gov.cn/\"", "href=\"/records/1\"", "rel=\"noopener noreferrer\"");
    }

    @Test
    void plainTextAndParagraphs() {
        assertThat(RichText.plainText("<p>甲</p><p>乙&lt;</p>")).isEqualTo("甲 乙<");
        assertThat(RichText.fromPlainText("甲\n\n<b>乙</b>")).isEqualTo("<p>甲</p>\n<p>&lt;b&gt;乙&lt;/b&gt;</p>");
        assertThat(RichText.sanitize(null)).isEmpty();
    }

    @Test
    void aPlainTextBodyKeepsItsParagraphs() {
        assertThat(RichText.sanitize("第一段：总体要求。\r\n\r\n第二段：工作措施。\n第三段：组织保障。"))
                .isEqualTo("<p>第一段：总体要求。</p>\n<p>第二段：工作措施。</p>\n<p>第三段：组织保障。</p>");
        assertThat(RichText.sanitize("<p>已是HTML</p>")).isEqualTo("<p>已是HTML</p>");
    }
}
