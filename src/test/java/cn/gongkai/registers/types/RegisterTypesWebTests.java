package cn.gongkai.registers.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.support.WebTest;

/** The catalogue, checks and masks as the application wires them (real organs, real settings table). */
@WebTest
class RegisterTypesWebTests {

    @Autowired
    RegisterCatalog catalog;
    @Autowired
    FieldChecks checks;
    @Autowired
    Redactor redactor;

    @Test
    void theApplicationKnowsTheFifteenRegistersAndRefusesAnUnknownCodeWith404InTheReadersLanguage() {
        assertThat(catalog.all()).hasSize(15);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            assertThatThrownBy(() -> catalog.required("no-such-register")).isInstanceOfSatisfying(GongkaiException.class,
                    e -> {
                        assertThat(e.status().value()).isEqualTo(404);
                        assertThat(e.args()).containsExactly("公开事项", "no-such-register");
                    });
        }
        finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void anOrganIsNamedByCodeOrNameAndShownByName() {
        var type = catalog.required("a-grade-taxpayers");
        assertThat(checks.check(type, Map.of("creditCode", "914403001922038216", "name", "华为技术有限公司", "year", "2025"),
                Locale.CHINA).problems()).isEmpty();
        var inspections = catalog.required("random-inspections");
        CheckedRow row = checks.check(inspections, Map.of("itemName", "税务稽查随机抽查", "basis", "《税务稽查随机抽查工作细则》",
                "subject", "国家税务总局", "objects", "重点税源企业", "content", "纳税申报情况", "method", "双随机"), Locale.CHINA);
        assertThat(row.problems()).isEmpty();
        assertThat(redactor.redact(inspections, row.values()).publicValues()).containsEntry("subject", "国家税务总局");
    }
}
