package cn.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.publishing.DisclosureAttribute;
import cn.gongkai.publishing.Drafting;
import cn.gongkai.publishing.Publication;
import cn.gongkai.publishing.RecordInput;
import cn.gongkai.publishing.RecordType;
import cn.gongkai.publishing.Records;
import cn.gongkai.publishing.Reviewing;
import cn.gongkai.support.ApiClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RecordListWebTests {

    @LocalServerPort
    int port;
    @Autowired
    Drafting drafting;
    @Autowired
    Reviewing reviewing;
    @Autowired
    Publication publication;
    @Autowired
    Records records;
    @Autowired
    Organization organization;

    String get(String path) {
        return new String(ApiClient.at("http://localhost:" + port).bytes(path).body(), StandardCharsets.UTF_8);
    }

    static int items(String html) {
        String table = html.substring(html.indexOf("class=\"records"));
        Matcher m = Pattern.compile("<tr>").matcher(table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>")));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void pagesASitesListNewestFirst() throws Exception {
        StaffMember drafter = organization.staffByUsername("gd-drafter").orElseThrow();
        StaffMember office = organization.staffByUsername("gd-office").orElseThrow();
        for (int i = 0; i < 22; i++) {
            long id = drafting.create(drafter, new RecordInput("guangdong", "分页信息" + i, RecordType.OTHER, null,
                    List.of(), null, null, DisclosureAttribute.PROACTIVE, null, null, null, null, null, null,
                    "<p>正文</p>", null, null, null, null, false)).record().getId();
            drafting.submit(drafter, id);
            while (Reviewing.roleFor(records.findById(id).orElseThrow().getState()) != null) {
                reviewing.review(office, id, Reviewing.Decision.APPROVE, null, false);
            }
            publication.publish(organization.staffByUsername("gd-publisher").orElseThrow(), id, null);
        }
        String first = get("/sites/guangdong/records");
        assertThat(items(first)).isEqualTo(RecordPages.PAGE_SIZE);
        assertThat(first).contains("分页信息21", "/sites/guangdong/records?page=2");
        assertThat(first.indexOf("分页信息21")).isLessThan(first.indexOf("分页信息20"));
        String second = get("/sites/guangdong/records?page=2");
        assertThat(items(second)).isPositive();
        assertThat(second).contains("?page=1");
        assertThat(get("/sites/guangdong/records?page=9999")).contains("class=\"records ");
    }
}
