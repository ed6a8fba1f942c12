package cn.gongkai.regulations.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

@WebTest
class RegulationFeedWebTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void changesFeedIsAtomThatRomeParsesWithAbsoluteLinksToTheAffectedProvision() throws Exception {
        RepealScenario s = RepealScenario.write(jdbc);
        HttpResponse<byte[]> r = new ApiClient(port).bytes("/regulations/changes.atom");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(new String(r.body(), StandardCharsets.UTF_8)));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("法规变动");
        SyndEntry entry = feed.getEntries().stream().filter(e -> e.getTitle().startsWith("测试税法（库）")).findFirst()
                .orElseThrow();
        assertThat(entry.getTitle()).isEqualTo("测试税法（库）：第三条 废止");
        assertThat(entry.getLink()).startsWith(ApiClient.SITE + "/regulations/" + s.lawId() + "/art/3");
        assertThat(entry.getDescription().getValue()).contains("关于废止测试税法第三条的决定");
        assertThat(entry.getPublishedDate()).isNotNull();
    }

    @Test
    void newestEffectsComeFirst() throws Exception {
        RepealScenario.write(jdbc);
        jdbc.sql("update reg_effect set effective_on = ? where note = '第三条废止' and id = (select max(id) from reg_effect)")
                .param(java.time.LocalDate.of(2030, 1, 1)).update();
        HttpResponse<byte[]> r = new ApiClient(port).bytes("/regulations/changes.atom");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(new String(r.body(), StandardCharsets.UTF_8)));
        var dates = feed.getEntries().stream().map(SyndEntry::getPublishedDate).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(dates.get(0)).isEqualTo(java.util.Date.from(java.time.LocalDate.of(2030, 1, 1)
                .atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
    }
}
