package cn.gongkai.publishing.gates;

/**
 * A gate refused the step: its stable code (ATTRIBUTE_MISSING …), the message key of the zh-CN/English
 * text that names the rule and its clause, and the message arguments.
 */
public record GateViolation(String code, String messageKey, Object... args) {
}
