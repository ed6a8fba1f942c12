package cn.gongkai.requests;

import java.util.Arrays;
import java.util.List;

/**
 * The reasons of the annual-report template's section 三 rows (三)–(六), each under its class,
 * with the template's exact row name and the clause of the Regulations it rests on.
 */
public enum ReplyReason {
    STATE_SECRET(ReplyClass.NOT_DISCLOSED, "1.属于国家秘密", "《政府信息公开条例》第十四条"),
    LAW_PROHIBITS(ReplyClass.NOT_DISCLOSED, "2.其他法律行政法规禁止公开", "《政府信息公开条例》第十四条"),
    SECURITY_STABILITY(ReplyClass.NOT_DISCLOSED, "3.危及“三安全一稳定”", "《政府信息公开条例》第十四条"),
    THIRD_PARTY_RIGHTS(ReplyClass.NOT_DISCLOSED, "4.保护第三方合法权益", "《政府信息公开条例》第十五条、第三十二条"),
    INTERNAL_AFFAIRS(ReplyClass.NOT_DISCLOSED, "5.属于三类内部事务信息", "《政府信息公开条例》第十六条第一款"),
    PROCESS_INFORMATION(ReplyClass.NOT_DISCLOSED, "6.属于四类过程性信息", "《政府信息公开条例》第十六条第二款"),
    ENFORCEMENT_FILE(ReplyClass.NOT_DISCLOSED, "7.属于行政执法案卷", "《政府信息公开条例》第十六条第二款"),
    ADMINISTRATIVE_QUERY(ReplyClass.NOT_DISCLOSED, "8.属于行政查询事项", "《政府信息公开条例》第三十六条第（七）项"),
    NOT_HELD(ReplyClass.UNABLE_TO_PROVIDE, "1.本机关不掌握相关政府信息", "《政府信息公开条例》第三十六条第（四）（五）项"),
    NEEDS_CREATION(ReplyClass.UNABLE_TO_PROVIDE, "2.没有现成信息需要另行制作", "《政府信息公开条例》第三十八条"),
    UNCLEAR_AFTER_CORRECTION(ReplyClass.UNABLE_TO_PROVIDE, "3.补正后申请内容仍不明确", "《政府信息公开条例》第三十条"),
    PETITION(ReplyClass.NOT_PROCESSED, "1.信访举报投诉类申请", "《政府信息公开条例》第三十九条第一款"),
    REPEATED(ReplyClass.NOT_PROCESSED, "2.重复申请", "《政府信息公开条例》第三十六条第（六）项"),
    PUBLICATION(ReplyClass.NOT_PROCESSED, "3.要求提供公开出版物", "《政府信息公开条例》第三十九条第二款"),
    EXCESSIVE(ReplyClass.NOT_PROCESSED, "4.无正当理由大量反复申请", "《政府信息公开条例》第三十五条"),
    CONFIRMATION(ReplyClass.NOT_PROCESSED, "5.要求行政机关确认或重新出具已获取信息", "《政府信息公开条例》第三十六条"),
    NO_CORRECTION(ReplyClass.OTHER_PROCESSING,
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "《政府信息公开条例》第三十条"),
    FEE_UNPAID(ReplyClass.OTHER_PROCESSING,
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）"),
    OTHER(ReplyClass.OTHER_PROCESSING, "3.其他处理", "《政府信息公开条例》");

    private final ReplyClass replyClass;
    private final String row;
    private final String basis;

    ReplyReason(ReplyClass replyClass, String row, String basis) {
        this.replyClass = replyClass;
        this.row = row;
        this.basis = basis;
    }

    public ReplyClass replyClass() {
        return replyClass;
    }

    /** The row name in the annual-report template. */
    public String row() {
        return row;
    }

    /** The default legal basis cited in the letter. */
    public String basis() {
        return basis;
    }

    public static List<ReplyReason> of(ReplyClass replyClass) {
        return Arrays.stream(values()).filter(r -> r.replyClass == replyClass).toList();
    }
}
