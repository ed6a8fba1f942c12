package cn.gongkai.registers.types;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.support.ResourceBundleMessageSource;

import cn.gongkai.registers.RegisterType;

/** Register types as shipped, real messages, a fixed day and two organs, without Spring. */
final class TypesFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);
    static final List<RegisterType> TYPES = RegisterTypes.load(RegisterTypes.LOCATION,
            id -> id.startsWith("measures-") || id.startsWith("reg-"));

    static final OrganDirectory ORGANS = new OrganDirectory() {
        private final Map<String, Long> ids = Map.of("1", 1L, "sat", 1L, "国家税务总局", 1L, "27", 27L, "gd",
                27L, "国家税务总局广东省税务局", 27L);

        @Override
        public Optional<Long> resolve(String value) {
            return Optional.ofNullable(ids.get(value.trim()));
        }

        @Override
        public Optional<String> name(long organId) {
            return organId == 1 ? Optional.of("国家税务总局")
                    : organId == 27 ? Optional.of("国家税务总局广东省税务局") : Optional.empty();
        }
    };

    private TypesFixture() {
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("i18n/registers/messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    static FieldChecks checks() {
        return new FieldChecks(ORGANS, messages(), CLOCK);
    }

    static RegisterType type(String code) {
        return TYPES.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    static Redactor.Plan plan(String code, Map<String, cn.gongkai.registers.MaskRule> overrides) {
        return new Redactor.Plan(type(code), new HashMap<>(overrides), ORGANS);
    }
}
