package cn.gongkai.requests.dossier;

import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.LegalPersonKind;

/**
 * The applicant of a request (申请人, Regulations art. 29(一)): name, identity proof and
 * contact. Personal data: shown to the handling organ's staff only, never on a public page.
 */
public record Applicant(ApplicantType type, LegalPersonKind kind, String name, String idNumber, String creditCode,
        String phone, String email, String address) {

    /** The identity number that makes two applications "the same applicant" (fees, candidates). */
    public String identity() {
        return type == ApplicantType.NATURAL_PERSON ? idNumber : creditCode;
    }
}
