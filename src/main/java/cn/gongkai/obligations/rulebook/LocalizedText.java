package cn.gongkai.obligations.rulebook;

import java.util.Locale;

/** A text of the rulebook in Simplified Chinese (the legal text) and English. */
public record LocalizedText(String zh, String en) {

    /** English for an English locale, Chinese otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }
}
