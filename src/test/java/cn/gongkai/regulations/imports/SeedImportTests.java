package cn.gongkai.regulations.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gongkai.regulations.DocumentType;
import cn.gongkai.regulations.ProvisionKind;

/**
 * The seed (reference/000_4337434bb97ab811.txt, a crawled web copy): cleaned of its {@code @@}
 * marks, its title, organ and signature date recovered, its twelve parts 一 … 十二 with their items,
 * the covering notice as preamble and the injected "乐动安卓app" reported on its line.
 */
class SeedImportTests {

    static Path seed() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/reference/000_4337434bb97ab811.txt");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("seed not found: expected shared/reference/000_4337434bb97ab811.txt in an ancestor of "
                + Path.of("").toAbsolutePath());
    }

    static TextImport.Result read() throws IOException {
        return TextImport.read("000_4337434bb97ab811.txt", Files.readAllBytes(seed()));
    }

    @Test
    void theSeedKeepsItsTitleOrganAndSignatureDate() throws IOException {
        MetadataRecovery.Metadata m = read().metadata();
        assertThat(m.title()).isEqualTo("全面推进政务公开工作实施办法");
        assertThat(m.organs()).containsExactly("国家税务总局");
        assertThat(m.issuedOn()).isEqualTo(LocalDate.of(2017, 4, 27));
        assertThat(m.type()).isEqualTo(DocumentType.NORMATIVE_DOCUMENT);
        assertThat(m.documentNumber()).as("not in the text (README: 税总发〔2017〕44号 comes from elsewhere)").isNull();
    }

    @Test
    void theSeedHasTwelvePartsWithTheirItems() throws IOException {
        ParsedText parsed = read().parsed();
        List<ParsedProvision> parts = parsed.provisions().stream().filter(p -> p.kind() == ProvisionKind.PART).toList();
        assertThat(parts).hasSize(12);
        assertThat(parsed.articles()).isEqualTo(12);
        assertThat(parts.get(0).num()).isEqualTo("一、");
        assertThat(parts.get(0).heading()).isEqualTo("政务公开工作总体要求");
        assertThat(parts.get(11).num()).isEqualTo("十二、");
        assertThat(parts.get(11).eid()).isEqualTo("part_12");
        assertThat(parts.get(11).heading()).isEqualTo("强化政务公开组织保障");
        assertThat(parsed.provisions()).filteredOn(p -> p.parentEid() != null && p.parentEid().equals("part_1"))
                .extracting(ParsedProvision::eid)
                .containsExactly("part_1__point_1", "part_1__point_2", "part_1__point_3", "part_1__point_4");
        assertThat(parsed.provisions()).filteredOn(p -> p.eid().equals("part_1__point_1")).singleElement()
                .satisfies(p -> {
                    assertThat(p.num()).isEqualTo("（一）");
                    assertThat(p.body()).startsWith("指导思想。深入推进依法行政，");
                });
        assertThat(parsed.unparsed()).isEmpty();
    }

    @Test
    void noAtAtMarkSurvivesAnywhere() throws IOException {
        ParsedText parsed = read().parsed();
        assertThat(parsed.preambleText()).doesNotContain("@@");
        assertThat(parsed.title()).doesNotContain("@@");
        assertThat(parsed.provisions()).allSatisfy(p -> {
            assertThat(p.body()).doesNotContain("@@");
            assertThat(p.heading() == null ? "" : p.heading()).doesNotContain("@@");
        });
    }

    @Test
    void theCoveringNoticeIsThePreamble() throws IOException {
        String preamble = read().parsed().preambleText();
        assertThat(preamble).startsWith("各省、自治区、直辖市和计划单列市国家税务局、地方税务局，局内各单位：");
        assertThat(preamble).contains("现将《全面推进政务公开工作实施办法》印发给你们，请结合实际遵照执行。");
        assertThat(preamble).contains("结合税务部门工作实际，制定本实施办法。");
    }

    @Test
    void theInjectedAppNameIsReportedWithItsLine() throws IOException {
        List<InjectionScanner.Finding> injected = read().findings().stream()
                .filter(f -> f.code().equals("INJECTED_TEXT")).toList();
        assertThat(injected).singleElement().satisfies(f -> {
            assertThat(f.injected()).isEqualTo("乐动安卓app");
            assertThat(f.excerpt()).contains("乐动安卓app");
            assertThat(f.line()).isEqualTo(17);
            assertThat(f.eid()).isEqualTo("part_1__point_2");
        });
    }

    @Test
    void legitimateLatinInChineseTextIsNotFlagged() {
        TextImport.Result r = TextImport.read(List.of("一、总则", "（一）按照CIF价格计算，适用WTO规则；纳税信用A级纳税人；pH值；第Ⅰ类。",
                "（二）请下载乐动安卓app查询，或访问www.example-casino.com注册，百家乐。"), List.of());
        assertThat(r.findings()).extracting(InjectionScanner.Finding::injected)
                .containsExactly("乐动安卓app", "www.example-casino.com", "百家乐");
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.line()).isEqualTo(3));
    }
}
