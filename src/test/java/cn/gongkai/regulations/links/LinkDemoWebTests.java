package cn.gongkai.regulations.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

/** The demo data links SAT's record of the Implementation Measures to the seed's library document, once. */
@WebTest
class LinkDemoWebTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LinkDemo demo;

    @Test
    void theMeasuresRecordCarriesTheSeedsValidityAndItsPageLinksTheLibraryDocument() throws Exception {
        // the demo's record is the first with that number (other tests in this context may draft more)
        long record = jdbc.sql("select min(id) from gov_record where organ_id = 1 and document_number = ?")
                .param(LinkDemo.MEASURES_NUMBER).query(Long.class).single();
        String seed = jdbc.sql("select id from reg_document where record_id = ?").param(record).query(String.class).single();
        assertThat(jdbc.sql("select document_number from reg_document where id = ?").param(seed).query(String.class)
                .single()).isEqualTo(LinkDemo.MEASURES_NUMBER);
        assertThat(jdbc.sql("select validity_source from gov_record where id = ?").param(record).query(String.class)
                .single()).isEqualTo(seed);

        demo.run(null);
        assertThat(jdbc.sql("select count(*) from reg_document where record_id = ?").param(record).query(Long.class)
                .single()).as("idempotent").isEqualTo(1);

        Element banner = Jsoup.parse(new ApiClient(port).text("/records/" + record)).getElementById("library-banner");
        assertThat(banner).isNotNull();
        assertThat(banner.getElementById("library-document").attr("href")).isEqualTo("/regulations/" + seed);
    }
}
