package cn.gongkai.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Component;

import cn.gongkai.organization.OpennessOffice;
import cn.gongkai.organization.Organ;

/**
 * The paper application form (政府信息公开申请表) of an organ, generated as DOCX with Apache POI:
 * the contents of Regulations art. 29 (applicant's name, identity proof from the documents art. 29
 * allows, contact; the information wanted; its form and how to receive it), a signature line, and
 * where to send it from the organ's openness office.
 */
@Component
class ApplicationFormDocx {

    private static final String FONT = "SimSun";

    byte[] render(Organ organ, Optional<OpennessOffice> office) {
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, organ.getName() + "政府信息公开申请表", 16, true, ParagraphAlignment.CENTER);
            paragraph(doc, "（依据《中华人民共和国政府信息公开条例》第二十九条）", 10, false, ParagraphAlignment.CENTER);
            table(doc, "申请人信息（公民）", List.of("姓名", "身份证明文件种类（□居民身份证 □护照 □港澳居民来往内地通行证 □台湾居民来往大陆通行证 □港澳台居民居住证 □外国人永久居留身份证）",
                    "身份证明文件号码", "联系电话", "电子邮箱", "通信地址", "邮政编码"));
            table(doc, "申请人信息（法人或者其他组织）", List.of("名称", "统一社会信用代码", "法定代表人或者负责人", "联系人姓名",
                    "联系电话", "电子邮箱", "通信地址", "邮政编码"));
            table(doc, "所需政府信息", List.of("所需政府信息的名称、文号或者便于查询的其他特征性描述",
                    "信息的形式（□纸质 □电子）", "获取方式（□邮寄 □电子邮件 □自行领取 □在线查看）"));
            table(doc, "申请人签名或者盖章", List.of("签名或者盖章", "申请日期"));
            paragraph(doc, "填表说明：请如实填写，带“□”的选项请勾选。申请人为公民的应当提供身份证明文件复印件。申请内容不明确的，"
                    + "本机关将告知您补正。", 10, false, ParagraphAlignment.LEFT);
            office.ifPresentOrElse(o -> {
                paragraph(doc, "递交方式：", 11, true, ParagraphAlignment.LEFT);
                paragraph(doc, "邮寄：" + o.postalAddress() + (o.postcode() == null ? "" : "，邮政编码" + o.postcode()), 11,
                        false, ParagraphAlignment.LEFT);
                paragraph(doc, "当面递交：" + o.officeName() + "，" + o.address() + "，办公时间：" + o.hours(), 11, false,
                        ParagraphAlignment.LEFT);
                paragraph(doc, "联系电话：" + o.phone() + (o.fax() == null ? "" : "；传真：" + o.fax() + "（传真申请的，以双方确认之日为收到申请之日）"),
                        11, false, ParagraphAlignment.LEFT);
                paragraph(doc, "互联网：" + o.internet(), 11, false, ParagraphAlignment.LEFT);
            }, () -> paragraph(doc, "递交方式：请向" + organ.getName() + "政府信息公开工作机构提交。", 11, false,
                    ParagraphAlignment.LEFT));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new IllegalStateException("could not write the application form", e);
        }
    }

    private static void paragraph(XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }

    private static void table(XWPFDocument doc, String heading, List<String> rows) {
        paragraph(doc, heading, 12, true, ParagraphAlignment.LEFT);
        XWPFTable table = doc.createTable(rows.size(), 2);
        table.setWidth("100%");
        for (int i = 0; i < rows.size(); i++) {
            table.getRow(i).getCell(0).setText(rows.get(i));
            table.getRow(i).getCell(0).setWidth("40%");
            table.getRow(i).getCell(1).setText("");
            table.getRow(i).setHeight(rows.get(i).contains("描述") ? 1600 : 480);
        }
    }
}
