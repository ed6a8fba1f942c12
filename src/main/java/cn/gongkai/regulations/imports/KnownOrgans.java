package cn.gongkai.regulations.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organs that issue tax law and the texts around it, as their names appear in headers, meetings
 * and signatures. Longest names first, so that 全国人民代表大会常务委员会 is not read as 全国人民代表大会.
 */
final class KnownOrgans {

    static final List<String> NAMES = List.of("全国人民代表大会常务委员会", "全国人民代表大会", "国务院关税税则委员会",
            "国务院办公厅", "国务院", "中共中央办公厅", "国家税务总局", "财政部", "海关总署", "最高人民法院", "最高人民检察院",
            "中国人民银行", "国家市场监督管理总局", "国家发展和改革委员会", "商务部", "人力资源社会保障部", "自然资源部",
            "生态环境部", "住房和城乡建设部", "国家保密局", "司法部");

    /** 审判委员会 / 检察委员会 / 常务会议 are the courts' and the State Council's own meetings. */
    private static final Pattern NAME = Pattern.compile(String.join("|", NAMES.stream()
            .map(Pattern::quote).toList()));

    private static final Pattern ORGAN_LINE = Pattern.compile("^(?:(?:" + NAME.pattern() + ")[\\s\\u3000、]*)+$");

    private KnownOrgans() {
    }

    /** The organs named in the text, in order, each once; the 中华人民共和国 prefix is ignored. */
    static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = NAME.matcher(text.replace("中华人民共和国", ""));
        while (m.find()) {
            String organ = m.group();
            if (!found.contains(organ)) {
                found.add(organ);
            }
        }
        return found;
    }

    /** Whether the line is nothing but organ names (a signature). */
    static boolean isOrganLine(String line) {
        return ORGAN_LINE.matcher(line.replace("中华人民共和国", "").strip()).matches();
    }
}
