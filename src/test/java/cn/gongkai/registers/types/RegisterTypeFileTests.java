package cn.gongkai.registers.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gongkai.registers.FieldType;
import cn.gongkai.registers.RegisterType;

class RegisterTypeFileTests {

    private static final String VALID = """
            code: demo
            order: 1
            title: { zh-CN: 示例, en: Demo }
            source: { zh-CN: 来源, en: Source }
            page: TABLE
            frequency: CONT
            sort: day
            duty: { rule: known-rule, field: day }
            fields:
              - { code: name, label: 名称, en: Name, type: TEXT, required: true, listed: true, query: NAME }
              - { code: day, label: 日期, en: Day, type: DATE }
              - { code: kind, label: 类别, en: Kind, type: ENUM, values: [ { code: A, label: 甲, en: A }, { code: B, label: 乙, en: B } ] }
            """;

    private static RegisterType read(String yaml) {
        return new RegisterTypeFile("demo.yml", "known-rule"::equals)
                .read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).type();
    }

    @Test
    void readsAValidFileWithItsDefaults() {
        RegisterType type = read(VALID);
        assertThat(type.fields()).extracting(f -> f.type()).containsExactly(FieldType.TEXT, FieldType.DATE, FieldType.ENUM);
        assertThat(type.field("day").orElseThrow().isPublic()).isTrue();
        assertThat(type.duty().rule()).isEqualTo("known-rule");
    }

    @Test
    void refusesEachMistakeNamingFileAndKey() {
        List<String[]> cases = List.of(
                new String[] { "page: TABLE", "page: LIST", "key 'page'" },
                new String[] { "type: DATE", "type: DAY", "key 'fields.day.type'" },
                new String[] { "listed: true, query", "listd: true, query", "unknown key 'listd'" },
                new String[] { "rule: known-rule", "rule: unknown-rule", "the rulebook has no rule 'unknown-rule'" },
                new String[] { "sort: day", "sort: name", "'name' is a TEXT, not a DATE" },
                new String[] { "field: day }", "field: missing }", "names no field of this type: 'missing'" },
                new String[] { "code: demo", "code: other", "does not match the file name" },
                new String[] { "label: 日期", "label: 名称", "is used by another field" },
                new String[] { ", values: [ { code: A, label: 甲, en: A }, { code: B, label: 乙, en: B } ]", "", "an ENUM needs values" },
                new String[] { "type: DATE }", "type: DATE, mask: PERSON_NAME }", "cannot mask a DATE" });
        for (String[] c : cases) {
            assertThat(VALID).as(c[0]).contains(c[0]);
            assertThatThrownBy(() -> read(VALID.replace(c[0], c[1]))).as(c[1]).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Register type demo.yml").hasMessageContaining(c[2]);
        }
        assertThatThrownBy(() -> read("code: [")).hasMessageContaining("is not valid YAML");
    }

    @Test
    void shipsTheFifteenRegistersOfTheApiContractInOrder() {
        assertThat(TypesFixture.TYPES).extracting(RegisterType::code).containsExactly("powers", "licensing",
                "licensing-decisions", "penalty-decisions", "major-cases", "a-grade-taxpayers", "arrears",
                "abnormal-households", "fixed-quota", "invalid-certificates", "deadline-notices", "entrusted-collection",
                "random-inspections", "budgets", "procurement");
        assertThat(TypesFixture.type("a-grade-taxpayers").fields()).extracting(f -> f.label())
                .containsExactly("统一社会信用代码", "纳税人名称", "评价年度");
        assertThat(TypesFixture.type("penalty-decisions").duty().rule()).isEqualTo("measures-4-3-penalty-decision");
        assertThat(TypesFixture.type("abnormal-households").visibility().untilField()).isEqualTo("liftedOn");
    }
}
