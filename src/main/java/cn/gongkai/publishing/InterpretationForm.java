package cn.gongkai.publishing;

/** The form of an interpretation (政策解读; Implementation Measures 八(四)): text, graphics, video or Q&amp;A. */
public enum InterpretationForm {
    TEXT, GRAPHIC, VIDEO, QA
}
