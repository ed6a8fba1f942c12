package cn.gongkai.regulations.validity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.regulations.EffectType;

/** The console's effect form: text as typed, turned into {@link Effects.Input} (400 naming each malformed field). */
public class EffectForm {

    private String affectedEid;
    private String type;
    private String effectiveOn;
    private String endsOn;
    private String affectingDocumentId;
    private String affectingEid;
    private String newText;
    private String number;
    private String parentEid;
    private String afterEid;
    private String note;

    Effects.Input toInput() {
        List<FieldProblem> wrong = new ArrayList<>();
        EffectType t = null;
        if (type != null && !type.isBlank()) {
            try {
                t = EffectType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException e) {
                wrong.add(new FieldProblem("type", "platform.error.fieldType"));
            }
        }
        LocalDate from = day("effectiveOn", effectiveOn, wrong);
        LocalDate until = day("endsOn", endsOn, wrong);
        if (!wrong.isEmpty()) {
            throw GongkaiException.invalid(wrong);
        }
        return new Effects.Input(affectedEid, affectingDocumentId, affectingEid, t, from, until, newText, number,
                parentEid, afterEid, note);
    }

    private static LocalDate day(String field, String value, List<FieldProblem> wrong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException e) {
            wrong.add(new FieldProblem(field, "platform.error.fieldType"));
            return null;
        }
    }

    public String getAffectedEid() {
        return affectedEid;
    }

    public void setAffectedEid(String affectedEid) {
        this.affectedEid = affectedEid;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(String effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public String getAffectingDocumentId() {
        return affectingDocumentId;
    }

    public void setAffectingDocumentId(String affectingDocumentId) {
        this.affectingDocumentId = affectingDocumentId;
    }

    public String getAffectingEid() {
        return affectingEid;
    }

    public void setAffectingEid(String affectingEid) {
        this.affectingEid = affectingEid;
    }

    public String getNewText() {
        return newText;
    }

    public void setNewText(String newText) {
        this.newText = newText;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getParentEid() {
        return parentEid;
    }

    public void setParentEid(String parentEid) {
        this.parentEid = parentEid;
    }

    public String getAfterEid() {
        return afterEid;
    }

    public void setAfterEid(String afterEid) {
        this.afterEid = afterEid;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
