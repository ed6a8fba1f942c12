package cn.gongkai.requests.dossier;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An information-processing fee (信息处理费, Regulations art. 42; 《政府信息公开信息处理费管理办法》,
 * 国办函〔2020〕109号): charged per application or per page ({@link FeeSchedule}), announced by a
 * fee notice; the time from the notice to payment is not counted in the reply period, and without
 * payment by the date in the notice the request is no longer processed.
 */
@Embeddable
public class Fee {

    public enum Basis {
        /** 按件计收 */
        PER_APPLICATION,
        /** 按量计收 */
        PER_PAGE
    }

    @Enumerated(EnumType.STRING)
    private Basis feeBasis;
    private Integer feeUnits;
    private Integer feeAmount;
    private LocalDate feeNoticedOn;
    private LocalDate feePayBy;
    private LocalDate feePaidOn;

    public Fee() {
    }

    static Fee noticed(Basis basis, int units, int amount, LocalDate on, LocalDate payBy) {
        Fee fee = new Fee();
        fee.feeBasis = basis;
        fee.feeUnits = units;
        fee.feeAmount = amount;
        fee.feeNoticedOn = on;
        fee.feePayBy = payBy;
        return fee;
    }

    Fee paid(LocalDate on) {
        Fee fee = noticed(feeBasis, feeUnits, feeAmount, feeNoticedOn, feePayBy);
        fee.feePaidOn = on;
        return fee;
    }

    public boolean isNoticed() {
        return feeNoticedOn != null;
    }

    public Basis getBasis() {
        return feeBasis;
    }

    public Integer getUnits() {
        return feeUnits;
    }

    public Integer getAmount() {
        return feeAmount;
    }

    public LocalDate getNoticedOn() {
        return feeNoticedOn;
    }

    public LocalDate getPayBy() {
        return feePayBy;
    }

    public LocalDate getPaidOn() {
        return feePaidOn;
    }
}
