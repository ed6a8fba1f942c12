package cn.gongkai.requests.dossier;

import java.time.LocalDate;
import cn.gongkai.requests.intake.IdentityNumbers;

/**
 * The identity documents a natural person may prove identity with (Regulations art. 29(一):
 * 身份证明), each with the format of its number. The number is personal data: staff see it, no
 * public page or API shows it.
 */
public enum IdentityDocument {
    /** 居民身份证: GB 11643-1999, 18 characters with check character */
    RESIDENT_ID("requests.apply.error.idNumber"),
    /** 护照 (any state's): 5–17 letters and digits, at least one digit */
    PASSPORT("requests.apply.error.idNumber.PASSPORT"),
    /** 港澳居民来往内地通行证 (回乡证): H (Hong Kong) or M (Macao) and 8 or 10 digits */
    HK_MACAO_PERMIT("requests.apply.error.idNumber.HK_MACAO_PERMIT"),
    /** 台湾居民来往大陆通行证 (台胞证): 8 digits */
    TAIWAN_PERMIT("requests.apply.error.idNumber.TAIWAN_PERMIT"),
    /** 港澳台居民居住证: 18 characters of GB 11643 with address code 810000, 820000 or 830000 */
    HMT_RESIDENCE_PERMIT("requests.apply.error.idNumber.HMT_RESIDENCE_PERMIT"),
    /** 外国人永久居留身份证: old 3 letters + 12 digits, or (from 2023) 18 characters beginning with 9 with GB 11643 check */
    PERMANENT_RESIDENCE("requests.apply.error.idNumber.PERMANENT_RESIDENCE");

    private final String errorKey;

    IdentityDocument(String errorKey) {
        this.errorKey = errorKey;
    }

    /** The message naming the format this document's number breaks. */
    public String errorKey() {
        return errorKey;
    }

    /** Whether {@code number} (normalized) is a valid number of this document. */
    public boolean accepts(String number, LocalDate today) {
        if (number == null) {
            return false;
        }
        return switch (this) {
            case RESIDENT_ID -> IdentityNumbers.isResidentIdNumber(number, today);
            case PASSPORT -> number.matches("[A-Z0-9]{5,17}") && number.matches(".*\\d.*");
            case HK_MACAO_PERMIT -> number.matches("[HM]\\d{8}(\\d{2})?");
            case TAIWAN_PERMIT -> number.matches("\\d{8}");
            case HMT_RESIDENCE_PERMIT -> number.matches("8[123]0000\\d{11}[0-9X]")
                    && IdentityNumbers.hasBirthDate(number, today) && number.charAt(17) == IdentityNumbers.residentIdCheck(number);
            case PERMANENT_RESIDENCE -> number.matches("[A-Z]{3}\\d{12}")
                    || number.matches("9\\d{16}[0-9X]") && IdentityNumbers.hasBirthDate(number, today)
                            && number.charAt(17) == IdentityNumbers.residentIdCheck(number);
        };
    }
}
