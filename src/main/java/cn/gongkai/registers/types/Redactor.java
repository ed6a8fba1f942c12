package cn.gongkai.registers.types;

import java.util.Map;

import org.springframework.stereotype.Component;

import cn.gongkai.registers.RegisterType;

/**
 * Applies each public field's mask (the operator's setting, else the type's default) to checked
 * values. The only way from entered values to public ones.
 */
@Component
public class Redactor {

    public RedactedRow redact(RegisterType type, Map<String, String> normalizedValues) {
        throw new UnsupportedOperationException("types helper");
    }
}
