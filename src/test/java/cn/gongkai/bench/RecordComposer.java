package cn.gongkai.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Composes realistic records from the corpus: titles in the forms tax organs use, document
 * numbers (文号) of the issuing organ with a serial per issuer and year, and bodies that cite a
 * law and quote some of its articles, with the closing formula, organ and date.
 */
final class RecordComposer {

    static final List<String> TOPICS = List.of("增值税发票管理", "增值税专用发票使用", "个人所得税专项附加扣除",
            "个人所得税综合所得汇算清缴", "企业所得税汇算清缴", "研发费用加计扣除", "小型微利企业所得税优惠", "增值税留抵退税",
            "纳税信用管理", "税收征收管理", "政务公开", "政府信息公开", "出口退税管理", "社会保险费征收", "环境保护税征收管理",
            "印花税征收管理", "契税征收管理", "资源税征收管理", "车辆购置税征收管理", "房产税和城镇土地使用税", "土地增值税清算",
            "消费税征收管理", "电子税务局推广应用", "税务行政许可", "税务稽查案件办理", "欠税公告", "非正常户认定", "全面数字化电子发票",
            "纳税服务", "减税降费政策落实", "跨境电子商务零售出口", "税收协定执行", "非居民企业所得税", "税务行政复议", "税收规范性文件清理",
            "重大税收违法失信案件信息公布", "办税缴费便利化", "涉税专业服务监管", "发票违法行为处理", "税收优惠备案");
    static final List<String> ACTIONS = List.of("有关问题的公告", "有关事项的通知", "的实施意见", "工作的通知", "有关政策的公告",
            "管理办法的通知", "若干问题的批复");

    private static final Map<String, String> PROVINCE = new HashMap<>();
    static {
        String[] pairs = { "北京", "京", "天津", "津", "河北", "冀", "山西", "晋", "内蒙古", "内", "辽宁", "辽", "吉林", "吉",
                "黑龙江", "黑", "上海", "沪", "江苏", "苏", "浙江", "浙", "安徽", "皖", "福建", "闽", "江西", "赣", "山东", "鲁",
                "河南", "豫", "湖北", "鄂", "湖南", "湘", "广东", "粤", "广西", "桂", "海南", "琼", "重庆", "渝", "四川", "川",
                "贵州", "黔", "云南", "云", "西藏", "藏", "陕西", "陕", "甘肃", "甘", "青海", "青", "宁夏", "宁", "新疆", "新",
                "大连", "连", "青岛", "青岛", "宁波", "甬", "厦门", "厦", "深圳", "深" };
        for (int i = 0; i < pairs.length; i += 2) {
            PROVINCE.put(pairs[i], pairs[i + 1]);
        }
    }

    private final Corpus corpus;
    private final Map<String, Integer> serials = new HashMap<>();

    RecordComposer(Corpus corpus) {
        this.corpus = corpus;
    }

    /** A composed record's content. */
    record Content(String title, String documentNumber, String bodyHtml) {
    }

    Content compose(SplittableRandom random, Organs.Organ organ, String type, LocalDate date) {
        String topic = pick(random, TOPICS);
        Corpus.Law law = pick(random, corpus.laws());
        String title;
        String number = null;
        switch (type) {
            case "LAW", "ADMINISTRATIVE_REGULATION" -> title = law.title();
            case "RULE" -> {
                title = organ.name() + "关于修改《" + topic + "办法》的决定";
                number = organ.isSat() ? next("国家税务总局令", date.getYear(), false) : null;
            }
            case "INTERPRETATION" -> title = "关于《" + organ.name() + "关于" + topic + ACTIONS.get(0) + "》的解读";
            case "NORMATIVE_DOCUMENT" -> {
                title = organ.name() + "关于" + topic + pick(random, ACTIONS.subList(0, 5));
                number = organ.isSat() && random.nextBoolean() ? next("国家税务总局公告", date.getYear(), true)
                        : next(issuer(organ) + "发", date.getYear(), false);
            }
            default -> {
                title = organ.name() + "关于" + topic + pick(random, ACTIONS);
                number = random.nextInt(2) == 0 ? null : next(issuer(organ) + pick(random, List.of("函", "办发", "发")),
                        date.getYear(), false);
            }
        }
        return new Content(title, number, body(random, organ, law, topic, type, date));
    }

    private String body(SplittableRandom random, Organs.Organ organ, Corpus.Law law, String topic, String type,
            LocalDate date) {
        StringBuilder b = new StringBuilder(2048);
        boolean announcement = type.equals("NORMATIVE_DOCUMENT") || type.equals("RULE");
        if (!announcement) {
            b.append("<p>各").append(organ.isSat() ? "省、自治区、直辖市和计划单列市税务局" : "区县税务局、局内各单位")
                    .append("：</p>");
        }
        b.append("<p>为贯彻落实《").append(law.title()).append("》，进一步做好").append(topic).append("工作，")
                .append(announcement ? "现将有关事项公告如下：" : "现就有关事项通知如下：").append("</p>");
        List<String> articles = law.articles();
        int count = 2 + random.nextInt(3);
        int start = random.nextInt(Math.max(1, articles.size() - count));
        for (int i = start; i < Math.min(articles.size(), start + count); i++) {
            String article = articles.get(i);
            b.append("<p>").append(escape(article.length() > 400 ? article.substring(0, 400) + "……" : article))
                    .append("</p>");
        }
        b.append("<p>").append(announcement ? "本公告自" + date + "起施行。特此公告。" : "请遵照执行。执行中遇到的问题，请及时向"
                + organ.name() + "反映。").append("</p>");
        b.append("<p>").append(organ.name()).append("</p><p>").append(date.getYear()).append("年").append(date.getMonthValue())
                .append("月").append(date.getDayOfMonth()).append("日</p>");
        return b.toString();
    }

    private String next(String issuer, int year, boolean announcement) {
        int serial = serials.merge(issuer + year, 1, Integer::sum);
        if (announcement) {
            return issuer + year + "年第" + serial + "号";
        }
        if (issuer.endsWith("令")) {
            return issuer + "第" + serial + "号";
        }
        return issuer + "〔" + year + "〕" + serial + "号";
    }

    private static String issuer(Organs.Organ organ) {
        if (organ.isSat()) {
            return "税总";
        }
        for (Map.Entry<String, String> p : PROVINCE.entrySet()) {
            if (organ.name().startsWith("国家税务总局" + p.getKey())) {
                String rest = organ.shortName().replace("税务局", "");
                return organ.level().equals("PROVINCIAL") ? p.getValue() + "税" : p.getValue() + rest.substring(0,
                        Math.min(2, rest.length())) + "税";
            }
        }
        return organ.shortName().replace("税务局", "").substring(0, 1) + "税";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }

    static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
