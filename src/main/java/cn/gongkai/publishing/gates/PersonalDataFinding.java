package cn.gongkai.publishing.gates;

/**
 * Personal data found in a field: its kind, the field ("title", "body", or "attachment:" and the
 * file name), its position in the field's plain text (0-based start, exclusive end) and a masked
 * form safe to show in messages.
 */
public record PersonalDataFinding(Kind kind, String field, int start, int end, String masked, String value) {

    /** Prefix of the field of a finding in an attachment's text. */
    public static final String ATTACHMENT = "attachment:";

    public enum Kind {
        /** 居民身份证号码 (GB 11643, valid check digit) */
        RESIDENT_ID,
        /** 手机号码 */
        MOBILE,
        /** 银行卡号 (Luhn) */
        BANK_CARD,
        /** 电子邮箱 (not of a government domain) */
        EMAIL
    }
}
