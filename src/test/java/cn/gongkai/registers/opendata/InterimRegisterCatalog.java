package cn.gongkai.registers.opendata;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.registers.FieldDef;
import cn.gongkai.registers.FieldType;
import cn.gongkai.registers.MaskRule;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterType;

/**
 * TEMPORARY, test sources only: stands in for the types helper's RegisterTypes until that branch is
 * merged (then deleted). Two of the plan's registers, as the plan defines their fields.
 */
@Component
class InterimRegisterCatalog implements RegisterCatalog {

    static final RegisterType A_GRADE = new RegisterType("a-grade-taxpayers", "纳税信用A级纳税人名单",
            "A-grade taxpayers", "《全面推进政务公开工作实施办法》四(二)", "Implementation Measures 4(2)",
            "纳税信用评价为A级的纳税人名单。", "Taxpayers rated A.", "TABLE", List.of(
                    f("creditCode", "统一社会信用代码", "Unified social credit code", FieldType.CREDIT_CODE, MaskRule.NONE, null),
                    f("name", "纳税人名称", "Taxpayer", FieldType.TEXT, MaskRule.NONE, null),
                    f("year", "评价年度", "Year", FieldType.INTEGER, MaskRule.NONE, null)),
            null, null, "ANNUAL", "year");

    static final RegisterType LICENCES = new RegisterType("licensing-decisions", "行政许可决定公示", "Licensing decisions",
            "《全面推进政务公开工作实施办法》二(二)", "Implementation Measures 2(2)", "准予税务行政许可决定。",
            "Licences granted.", "TABLE", List.of(
                    f("documentNumber", "决定书文号", "Decision number", FieldType.TEXT, MaskRule.NONE, null),
                    new FieldDef("counterpartType", "相对人类别", "Counterpart type", FieldType.ENUM, true, true,
                            MaskRule.NONE, null, List.of(new FieldDef.EnumValue("LEGAL_PERSON", "法人及非法人组织",
                                    "Legal person or organization"),
                                    new FieldDef.EnumValue("NATURAL_PERSON", "自然人", "Natural person")), 0, null, false),
                    f("counterpart", "行政相对人名称", "Counterpart", FieldType.TEXT, MaskRule.PERSON_NAME,
                            "counterpartType=NATURAL_PERSON"),
                    new FieldDef("idNumber", "身份证件号码", "ID number", FieldType.ID_NUMBER, false, true, MaskRule.ID_NUMBER,
                            null, List.of(), 0, null, false),
                    f("decidedOn", "许可决定日期", "Decided on", FieldType.DATE, MaskRule.NONE, null),
                    new FieldDef("contact", "经办人电话", "Contact phone", FieldType.PHONE, false, false, MaskRule.NONE,
                            null, List.of(), 0, null, false)),
            new RegisterType.Duty("measures-2-2-licence-decision", "decidedOn"), null, "CONT", "decidedOn");

    private static FieldDef f(String code, String label, String en, FieldType type, MaskRule mask, String when) {
        return new FieldDef(code, label, en, type, true, true, mask, when, List.of(), 0, null, true);
    }

    @Override
    public List<RegisterType> all() {
        return List.of(LICENCES, A_GRADE);
    }

    @Override
    public Optional<RegisterType> find(String code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    @Override
    public RegisterType required(String code) {
        return find(code).orElseThrow(() -> GongkaiException.notFound("register", code));
    }
}
