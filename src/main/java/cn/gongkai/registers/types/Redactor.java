package cn.gongkai.registers.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.gongkai.platform.TextLength;
import cn.gongkai.registers.FieldDef;
import cn.gongkai.registers.FieldType;
import cn.gongkai.registers.MaskRule;
import cn.gongkai.registers.RegisterType;
import cn.gongkai.registers.types.RedactedRow.AppliedMask;

/**
 * Applies each public field's mask (the operator's setting, else the type's default) to checked
 * values (脱敏). The only way from entered values to public ones. The operator's settings are read
 * from the database on each {@link #redact} (one indexed query), or once per {@link #plan} for a
 * batch written in one transaction: there is no cache that a change on another node could leave
 * stale. A field's {@code mask-when} condition applies to the operator's setting as well.
 */
@Component
public class Redactor {

    static final int SEARCH_TEXT_MAX = 4000;
    static final int QUERY_NAME_MAX = 300;

    private final MaskSettings settings;
    private final OrganDirectory organs;

    Redactor(MaskSettings settings, OrganDirectory organs) {
        this.settings = settings;
        this.organs = organs;
    }

    public RedactedRow redact(RegisterType type, Map<String, String> normalizedValues) {
        return plan(type).redact(normalizedValues);
    }

    /** The masks in force now for {@code type}, for redacting many rows (an import's chunk) in one transaction. */
    public Plan plan(RegisterType type) {
        return new Plan(type, settings.overrides(type.code()), organs);
    }

    /** The masks in force for one register type: {@link #redact} is pure apart from organ names. */
    public static final class Plan {

        private final RegisterType type;
        private final Map<String, MaskRule> overrides;
        private final OrganDirectory organs;

        Plan(RegisterType type, Map<String, MaskRule> overrides, OrganDirectory organs) {
            this.type = type;
            this.overrides = Map.copyOf(overrides);
            this.organs = organs;
        }

        /** The mask in force for a field (the setting, else the default), before its condition. */
        public MaskRule mask(FieldDef field) {
            return overrides.getOrDefault(field.code(), field.mask());
        }

        public RedactedRow redact(Map<String, String> values) {
            Map<String, String> publicValues = new LinkedHashMap<>();
            List<AppliedMask> masks = new ArrayList<>();
            StringBuilder search = new StringBuilder();
            String queryCredit = null;
            String queryName = null;
            for (FieldDef field : type.fields()) {
                String value = values.get(field.code());
                if (!field.isPublic() || value == null || value.isEmpty()) {
                    continue;
                }
                MaskRule rule = applies(field, values, value) ? mask(field) : MaskRule.NONE;
                String shown = Masks.apply(rule, display(field, value));
                if (rule != MaskRule.NONE) {
                    masks.add(new AppliedMask(field.code(), rule));
                }
                if (shown == null) {
                    continue;
                }
                publicValues.put(field.code(), shown);
                appendSearch(search, field, shown);
                if (rule == MaskRule.NONE && "CREDIT".equals(field.query()) && queryCredit == null
                        && (field.type() == FieldType.CREDIT_CODE || isCreditCodeOnly(value))) {
                    queryCredit = value;
                }
                if (rule == MaskRule.NONE && "NAME".equals(field.query()) && queryName == null
                        && TextLength.of(value) <= QUERY_NAME_MAX) {
                    queryName = value;
                }
            }
            return new RedactedRow(publicValues, List.copyOf(masks), searchText(search), queryCredit, queryName);
        }

        /**
         * Whether the field's mask applies to this row: its condition holds, and for a taxpayer ID
         * under an ID-number mask the value is not a credit code (an individual's ID number, or a
         * legacy number built from one, is masked; an organization's credit code is public).
         */
        private boolean applies(FieldDef field, Map<String, String> values, String value) {
            if (field.type() == FieldType.TAXPAYER_ID && mask(field) == MaskRule.ID_NUMBER && isCreditCodeOnly(value)) {
                return false;
            }
            if (field.maskWhen() == null) {
                return true;
            }
            String[] condition = field.maskWhen().split("=", 2);
            return condition[1].trim().equals(values.get(condition[0].trim()));
        }

        /** A valid credit code that is not also a valid ID number (1 in 31 ID numbers passes the credit check). */
        private static boolean isCreditCodeOnly(String value) {
            return CreditCode.isValid(value) && ResidentIdNumber.flaw(value, java.time.LocalDate.of(2199, 12, 31)) != null;
        }

        private String display(FieldDef field, String value) {
            if (field.type() == FieldType.ORGAN) {
                return organs.name(Long.parseLong(value)).orElse(value);
            }
            if (field.type() == FieldType.ENUM) {
                return field.values().stream().filter(v -> v.code().equals(value)).findFirst()
                        .map(FieldDef.EnumValue::label).orElse(value);
            }
            return value;
        }

        private static void appendSearch(StringBuilder search, FieldDef field, String shown) {
            List<String> parts = switch (field.type()) {
                case LIST -> FieldValues.list(shown);
                case STEPS -> FieldValues.steps(shown).stream().map(s -> s.name() + (s.unit() == null ? "" : " " + s.unit()))
                        .toList();
                default -> List.of(shown);
            };
            for (String part : parts) {
                if (search.length() > 0) {
                    search.append(' ');
                }
                search.append(part);
            }
        }

        private static String searchText(StringBuilder search) {
            String text = search.toString().toLowerCase(java.util.Locale.ROOT);
            if (TextLength.of(text) <= SEARCH_TEXT_MAX) {
                return text;
            }
            int end = SEARCH_TEXT_MAX;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            return text.substring(0, end);
        }
    }
}
