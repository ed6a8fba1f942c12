package cn.gongkai.requests.replies;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.requests.ReplyClass;
import cn.gongkai.requests.dossier.DisclosureRequest;
import cn.gongkai.requests.dossier.Fee;
import cn.gongkai.requests.dossier.RequestFile;
import cn.gongkai.requests.dossier.RequestFiles;
import cn.gongkai.requests.fees.FeeSchedule;

/**
 * The written fee notice (收费通知, 国办函〔2020〕109号): the basis (Regulations art. 42; the
 * measures' art. 3 and art. 4 per application or art. 5 per page), the calculation (which band or
 * which page tiers), the amount, how and by when to pay (the day set when the notice was given),
 * what happens without payment, the remedies, and the organ's name, seal place and date. A PDF the
 * applicant downloads from the tracking page and staff from the request.
 */
@Component
public class FeeNoticeLetter {

    static final String TITLE = "政府信息公开信息处理费收费通知";
    private static final String MEASURES = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）";

    private final LetterPdf pdf;
    private final RequestFiles files;
    private final RemedyClause remedies;
    private final Organization organization;
    private final Clock clock;

    public FeeNoticeLetter(LetterPdf pdf, RequestFiles files, RemedyClause remedies, Organization organization,
            Clock clock) {
        this.pdf = pdf;
        this.files = files;
        this.remedies = remedies;
        this.organization = organization;
        this.clock = clock;
    }

    public void write(DisclosureRequest r) {
        byte[] bytes = pdf.render(TITLE, text(r), List.of());
        files.save(new RequestFile(r.getId(), RequestFile.Purpose.FEE_NOTICE,
                "收费通知-" + r.trackingCode().value() + ".pdf", "application/pdf", bytes, clock.instant()));
    }

    Optional<RequestFile> latest(long requestId) {
        return files.findByRequestIdAndPurposeOrderByIdAsc(requestId, RequestFile.Purpose.FEE_NOTICE).stream()
                .reduce((a, b) -> b);
    }

    String text(DisclosureRequest r) {
        Fee fee = r.getFee();
        Organ organ = organization.organ(r.getOrganId()).orElseThrow();
        boolean perApplication = fee.getBasis() == Fee.Basis.PER_APPLICATION;
        StringBuilder t = new StringBuilder(TITLE).append("\n\n");
        t.append("申请人（查询码：").append(r.trackingCode().display()).append("）：\n\n");
        t.append("本机关于").append(LetterWriter.CHINESE_DATE.format(r.getReceivedOn()))
                .append("收到您提出的政府信息公开申请，您申请获取的政府信息为：“")
                .append(Redaction.mask(r.getDescription(), r.applicant())).append("”。\n\n");
        t.append("根据《中华人民共和国政府信息公开条例》第四十二条和").append(MEASURES).append("第三条、")
                .append(perApplication ? "第四条" : "第五条").append("的规定，本机关对本申请")
                .append(perApplication ? "按件" : "按量").append("收取信息处理费。\n\n");
        t.append("收费计算：").append(perApplication ? perApplication(r, fee.getUnits()) : perPage(fee.getUnits()))
                .append("\n\n");
        t.append("应缴信息处理费合计人民币").append(fee.getAmount()).append("元。\n\n");
        t.append("缴费方式和期限：请于").append(LetterWriter.CHINESE_DATE.format(fee.getPayBy()))
                .append("前（含当日），通过本机关告知的政府非税收入缴款渠道缴纳，缴款时注明查询码")
                .append(r.trackingCode().display())
                .append("；也可以到本机关政府信息公开工作机构办理。自本通知发出之日至缴费之日的期间，不计算在答复期限内。"
                        + "逾期未按本通知要求缴纳费用的，视为放弃申请，本机关不再处理该政府信息公开申请。\n\n");
        t.append(remedies.paragraph(organ, ReplyClass.OTHER_PROCESSING, fee.getNoticedOn())).append("\n\n");
        t.append(organ.getName()).append('\n').append(LetterWriter.SEAL).append('\n')
                .append(LetterWriter.CHINESE_DATE.format(fee.getNoticedOn()));
        return t.toString();
    }

    private static String perApplication(DisclosureRequest r, int n) {
        String month = r.getReceivedOn().getYear() + "年" + r.getReceivedOn().getMonthValue() + "月";
        String band;
        if (n <= 30) {
            band = "属于“11—30件（含30件）的部分：100元/件”";
        }
        else {
            int step = (n - 31) / 10 + 1;
            band = "属于31件以上部分的第" + step + "档（第" + (31 + 10 * (step - 1)) + "—" + (30 + 10 * step)
                    + "件），收费标准为" + FeeSchedule.perApplication(n) + "元/件";
        }
        return "本申请是您" + month + "（一个自然月内）向本机关提出的第" + n + "件政府信息公开申请。按件计收标准为："
                + "同一申请人一个自然月内累计申请10件以下（含10件）的，不收费；11—30件（含30件）的部分，100元/件；"
                + "31件以上的部分，以10件为一档，每增加一档，收费标准提高100元/件。本件" + band + "，计"
                + FeeSchedule.perApplication(n) + "元。";
    }

    private static String perPage(int pages) {
        List<String> parts = new ArrayList<>();
        int[][] tiers = { { 30, 100, 10 }, { 100, 200, 20 }, { 200, Integer.MAX_VALUE, 40 } };
        for (int[] tier : tiers) {
            int count = Math.max(0, Math.min(pages, tier[1]) - tier[0]);
            if (count > 0) {
                parts.add("第" + (tier[0] + 1) + (tier[1] == Integer.MAX_VALUE ? "页以上" : "—" + tier[1] + "页") + "共"
                        + count + "页×" + tier[2] + "元/页＝" + count * tier[2] + "元");
            }
        }
        return "您申请获取的政府信息共" + pages + "页。按量计收标准为：30页以下（含30页）的，不收费；31—100页（含100页）的部分，"
                + "10元/页；101—200页（含200页）的部分，20元/页；200页以上的部分，40元/页。计算："
                + String.join("；", parts) + "，合计" + FeeSchedule.perPage(pages) + "元。";
    }
}
