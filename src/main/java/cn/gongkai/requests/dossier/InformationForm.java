package cn.gongkai.requests.dossier;

/** The form in which the applicant wants the information (Regulations art. 29(三), art. 40). */
public enum InformationForm {
    /** 纸质 */
    PAPER,
    /** 电子 */
    ELECTRONIC
}
