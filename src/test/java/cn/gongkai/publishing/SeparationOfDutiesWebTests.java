package cn.gongkai.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.organization.Grant;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.WebTest;

/**
 * Issue 10 B.4, separation of duties: the drafter never reviews, confirms or publishes their own
 * record whatever roles they hold; by default each review stage and the publication are done by
 * different people, an organ's administrator may turn that (and only that) off; a refusal is 422
 * naming the rule and writes nothing; the console disables the action and says why.
 */
@WebTest
class SeparationOfDutiesWebTests {

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
    RecordSteps steps;
    @Autowired
    Organization organization;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    /** A staff member holding {@code roles} in {@code organ} (as an account with several roles would). */
    StaffMember staff(long id, String username, String organ, Role... roles) {
        long organId = organization.organByCode(organ).orElseThrow().getId();
        return new StaffMember(id, username, username, null, organId, null,
                java.util.Arrays.stream(roles).map(r -> new Grant(r, organId, null)).toList());
    }

    long draft(StaffMember drafter, String organ, String title, boolean confidentiality) {
        return drafting.create(drafter, new RecordInput(organ, title, RecordType.OTHER, null, List.of(), null, "12.01",
                DisclosureAttribute.PROACTIVE, null, null, null, null, null, null, "<p>" + title + "</p>", null, null,
                null, null, confidentiality)).record().getId();
    }

    GongkaiException refused(Runnable step) {
        return catchThrowableOfType(GongkaiException.class, step::run);
    }

    int stepCount(long id) {
        return steps.findByRecordIdOrderByAtAscIdAsc(id).size();
    }

    @Test
    void theDrafterNeverReviewsConfirmsOrPublishesTheirOwnRecordEvenWithTheRoles() {
        StaffMember everything = staff(910001, "sod-all-roles", "sat", Role.DRAFTER, Role.OFFICE_REVIEWER,
                Role.CONFIDENTIALITY_REVIEWER, Role.PUBLISHER);
        long id = draft(everything, "sat", "职责分离：起草人自审", false);
        drafting.submit(everything, id);
        int before = stepCount(id);
        GongkaiException review = refused(() -> reviewing.review(everything, id, Reviewing.Decision.APPROVE, null, false));
        assertThat(review.status().value()).isEqualTo(422);
        assertThat(review.code()).isEqualTo("SEPARATION_OF_DUTIES_DRAFTER");
        assertThat(refused(() -> reviewing.review(everything, id, Reviewing.Decision.RETURN, "自己退回", false)).code())
                .isEqualTo("SEPARATION_OF_DUTIES_DRAFTER");
        assertThat(refused(() -> reviewing.confirmPersonalData(everything, id)).code())
                .isEqualTo("SEPARATION_OF_DUTIES_DRAFTER");
        assertThat(records.findById(id).orElseThrow().getState()).isEqualTo(RecordState.OFFICE_REVIEW);
        assertThat(stepCount(id)).as("nothing written").isEqualTo(before);

        StaffMember office = organization.staffByUsername("sat-office").orElseThrow();
        reviewing.review(office, id, Reviewing.Decision.APPROVE, null, false);
        GongkaiException publish = refused(() -> publication.publish(everything, id, null));
        assertThat(publish.code()).isEqualTo("SEPARATION_OF_DUTIES_DRAFTER");
        assertThat(publish.messageKey()).isEqualTo("publishing.duty.drafter.PUBLISH");
        assertThat(records.findById(id).orElseThrow().getState()).isEqualTo(RecordState.APPROVED);
    }

    @Test
    void someoneWhoEditedTheDraftCountsAsItsDrafter() {
        StaffMember author = organization.staffByUsername("sat-drafter").orElseThrow();
        StaffMember coEditor = staff(910002, "sod-co-editor", "sat", Role.DRAFTER, Role.OFFICE_REVIEWER);
        long id = draft(author, "sat", "职责分离：共同起草", false);
        drafting.update(coEditor, id, new RecordInput("sat", "职责分离：共同起草（修改）", RecordType.OTHER, null, List.of(),
                null, "12.01", DisclosureAttribute.PROACTIVE, null, null, null, null, null, null, "<p>改</p>", null,
                null, null, null, false));
        drafting.submit(author, id);
        assertThat(refused(() -> reviewing.review(coEditor, id, Reviewing.Decision.APPROVE, null, false)).code())
                .isEqualTo("SEPARATION_OF_DUTIES_DRAFTER");
    }

    @Test
    void eachStageAndThePublicationByADifferentPersonAnswering422OverTheApi() {
        StaffMember drafter = organization.staffByUsername("sat-drafter").orElseThrow();
        StaffMember officeAndSecrecy = staff(910003, "sod-office-secrecy", "sat", Role.OFFICE_REVIEWER,
                Role.CONFIDENTIALITY_REVIEWER);
        long id = draft(drafter, "sat", "职责分离：每个环节不同的人", true);
        drafting.submit(drafter, id);
        reviewing.review(officeAndSecrecy, id, Reviewing.Decision.APPROVE, null, false);
        assertThat(records.findById(id).orElseThrow().getState()).isEqualTo(RecordState.CONFIDENTIALITY_REVIEW);
        GongkaiException twice = refused(() -> reviewing.review(officeAndSecrecy, id, Reviewing.Decision.APPROVE, null,
                false));
        assertThat(twice.code()).isEqualTo("SEPARATION_OF_DUTIES_STAGE");
        Api.Answer secrecy = api.post("sat-secrecy", "/api/v1/records/" + id + "/review", Map.of("decision", "approve"));
        assertThat(secrecy.text("state")).isEqualTo("APPROVED");

        int before = stepCount(id);
        // sat-office took no stage of this record, so it may publish it; one it reviewed is refused below
        Api.Answer published = api.post("sat-office", "/api/v1/records/" + id + "/publish", null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(stepCount(id)).isGreaterThan(before);

        long reviewed = api.post("sat-drafter", "/api/v1/records", Api.draft("职责分离：审核人不得发布")).id();
        api.post("sat-drafter", "/api/v1/records/" + reviewed + "/submit", null);
        assertThat(api.post("sat-office", "/api/v1/records/" + reviewed + "/review", Map.of("decision", "approve"))
                .text("state")).isEqualTo("APPROVED");
        int unchanged = stepCount(reviewed);
        Api.Answer refusedPublish = api.post("sat-office", "/api/v1/records/" + reviewed + "/publish", null);
        assertThat(refusedPublish.status()).isEqualTo(422);
        assertThat(refusedPublish.text("code")).isEqualTo("SEPARATION_OF_DUTIES_STAGE");
        assertThat(refusedPublish.text("detail")).contains("职责分离", "公开办审核", "发布须由另一人完成");
        assertThat(api.get("sat-office", "/api/v1/records/" + reviewed).text("state")).isEqualTo("APPROVED");
        assertThat(stepCount(reviewed)).as("nothing written").isEqualTo(unchanged);
        assertThat(api.post("sat-publisher", "/api/v1/records/" + reviewed + "/publish", null).text("state"))
                .isEqualTo("PUBLISHED");
    }

    @Test
    void aReturnStartsANewRoundInWhichTheSamePeopleMayTakeTheirStagesAgain() {
        StaffMember drafter = organization.staffByUsername("sat-drafter").orElseThrow();
        StaffMember office = organization.staffByUsername("sat-office").orElseThrow();
        StaffMember publisher = organization.staffByUsername("sat-publisher").orElseThrow();
        long id = draft(drafter, "sat", "职责分离：退文后重新审核", false);
        drafting.submit(drafter, id);
        reviewing.review(office, id, Reviewing.Decision.RETURN, "请补充", false);
        drafting.submit(drafter, id);
        reviewing.review(office, id, Reviewing.Decision.APPROVE, null, false);
        assertThat(publication.publish(publisher, id, null).getState()).isEqualTo(RecordState.PUBLISHED);
    }

    @Test
    void anOrgansAdministratorTurnsDistinctStagesOffButNeverTheDrafterRule() {
        StaffMember drafter = staff(910004, "sod-js-drafter", "jiangsu", Role.DRAFTER);
        StaffMember office = staff(910005, "sod-js-office", "jiangsu", Role.OFFICE_REVIEWER, Role.PUBLISHER);
        StaffMember all = staff(910006, "sod-js-all", "jiangsu", Role.DRAFTER, Role.OFFICE_REVIEWER, Role.PUBLISHER);
        ApiClient admin = new ApiClient(port).as("admin");
        assertThat(admin.get("/api/v1/review-policies/jiangsu").json().get("distinctStages").asBoolean())
                .as("on by default").isTrue();
        long id = draft(drafter, "jiangsu", "职责分离：机关设置", false);
        drafting.submit(drafter, id);
        reviewing.review(office, id, Reviewing.Decision.APPROVE, null, false);
        assertThat(refused(() -> publication.publish(office, id, null)).code()).isEqualTo("SEPARATION_OF_DUTIES_STAGE");

        assertThat(new ApiClient(port).as("gd-office").put("/api/v1/review-policies/jiangsu",
                "{\"distinctStages\":false}").status()).as("not jiangsu's administrator").isEqualTo(403);
        assertThat(admin.put("/api/v1/review-policies/jiangsu", "{}").body()).contains("\"field\":\"distinctStages\"");
        ApiClient.Response off = admin.put("/api/v1/review-policies/jiangsu", "{\"distinctStages\":false}");
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.json().get("distinctStages").asBoolean()).isFalse();
        try {
            assertThat(publication.publish(office, id, null).getState()).isEqualTo(RecordState.PUBLISHED);
            long own = draft(all, "jiangsu", "职责分离：关闭后仍不得自审", false);
            drafting.submit(all, own);
            assertThat(refused(() -> reviewing.review(all, own, Reviewing.Decision.APPROVE, null, false)).code())
                    .isEqualTo("SEPARATION_OF_DUTIES_DRAFTER");
            assertThat(api.get("admin", "/api/v1/audit/entries?subject=jiangsu").body())
                    .contains("publishing.review-policy.changed");
        }
        finally {
            admin.put("/api/v1/review-policies/jiangsu", "{\"distinctStages\":true}");
        }
    }

    @Test
    void theConsoleDisablesTheActionAndSaysWhy() {
        long id = api.post("sat-drafter", "/api/v1/records", Api.draft("职责分离：控制台提示")).id();
        api.post("sat-drafter", "/api/v1/records/" + id + "/submit", null);
        api.post("sat-office", "/api/v1/records/" + id + "/review", Map.of("decision", "approve"));
        ConsoleSession office = ConsoleSession.login("http://localhost:" + port, "sat-office", Api.PASSWORD);
        Document page = Jsoup.parse(office.get("/console/records/" + id).body());
        assertThat(page.select("#publish").hasAttr("disabled")).isTrue();
        assertThat(page.select("#publish-refused").text()).contains("职责分离", "公开办审核", "发布须由另一人完成");
        Document publisherPage = Jsoup.parse(ConsoleSession.login("http://localhost:" + port, "sat-publisher",
                Api.PASSWORD).get("/console/records/" + id).body());
        assertThat(publisherPage.select("#publish").hasAttr("disabled")).isFalse();
        assertThat(publisherPage.select("#publish-refused")).isEmpty();

        ConsoleSession admin = ConsoleSession.login("http://localhost:" + port, "admin", Api.PASSWORD);
        Document settings = Jsoup.parse(admin.get("/console/review-policy?organ=guangdong").body());
        assertThat(settings.select("#distinctStages").hasAttr("checked")).isTrue();
        assertThat(admin.form("/console/review-policy?organ=guangdong", "/console/review-policy",
                "organ=guangdong").status()).isEqualTo(302);
        try {
            assertThat(Jsoup.parse(admin.get("/console/review-policy?organ=guangdong").body())
                    .select("#distinctStages").hasAttr("checked")).isFalse();
            assertThat(Jsoup.parse(ConsoleSession.login("http://localhost:" + port, "gd-office", Api.PASSWORD)
                    .get("/console/review-policy").body()).select("#policy-state").text()).isEqualTo("关闭");
        }
        finally {
            admin.form("/console/review-policy?organ=guangdong", "/console/review-policy",
                    "organ=guangdong&distinctStages=true");
        }
    }
}
