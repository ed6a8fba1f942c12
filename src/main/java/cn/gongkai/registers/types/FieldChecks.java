package cn.gongkai.registers.types;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.gongkai.registers.RegisterType;

/**
 * Checks and normalizes a row's raw values (form, JSON or one line of an import) against its
 * register type. Pure apart from the organ lookup; safe to call from many threads.
 */
@Component
public class FieldChecks {

    /** Raw values by field code ({@code values.get("creditCode")}); blank counts as absent. */
    public CheckedRow check(RegisterType type, Map<String, String> raw, Locale locale) {
        throw new UnsupportedOperationException("types helper");
    }
}
