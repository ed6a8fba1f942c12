package cn.gongkai.regulations.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.platform.PublicPageCache;
import cn.gongkai.regulations.LibraryChanged;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

@WebTest
class LibraryCachingWebTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublicPageCache cache;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aKeptDocumentPageIsRenderedAgainOnceALibraryChangeIsCommitted() {
        RepealScenario s = RepealScenario.write(jdbc);
        cache.invalidateAll();
        ApiClient http = new ApiClient(port);
        String path = "/regulations/" + s.lawId() + "?on=2024-07-01";
        assertThat(http.page(path).select("h1").text()).isEqualTo("测试税法（库）");
        jdbc.sql("update reg_document set title = '测试税法（库，改）' where id = ?").param(s.lawId()).update();
        // kept: a change that announces nothing is not seen (until the time-to-live)
        assertThat(http.page(path).select("h1").text()).isEqualTo("测试税法（库）");
        transactions.executeWithoutResult(t -> {
            jdbc.sql("update reg_document set title = '测试税法（库，再改）' where id = ?").param(s.lawId()).update();
            events.publishEvent(new LibraryChanged(s.lawId()));
        });
        assertThat(http.page(path).select("h1").text()).isEqualTo("测试税法（库，再改）");
    }
}
