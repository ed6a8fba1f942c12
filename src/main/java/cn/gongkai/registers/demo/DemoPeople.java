package cn.gongkai.registers.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fictitious taxpayers of Guangdong for the demo (虚构的演示纳税人): company, individual business and
 * person names built from common words and surnames, addresses on real streets of real districts
 * with made-up numbers, and identifiers from the districts' real division codes with computed
 * check digits. Deterministic (a fixed seed), so the demo is the same on every start and node.
 */
final class DemoPeople {

    /** A district: its division code (行政区划代码), its name with the city, and a few of its streets. */
    record District(String division, String city, String name, List<String> streets) {

        String place() {
            return city + name;
        }
    }

    record Person(String name, String idNumber) {
    }

    record Company(String name, String creditCode, Person legalRep, String address) {
    }

    static final List<District> DISTRICTS = List.of(
            new District("440106", "广州市", "天河区", List.of("天河路", "体育西路", "黄埔大道西", "天河北路", "中山大道西")),
            new District("440104", "广州市", "越秀区", List.of("中山五路", "环市东路", "东风中路", "解放北路")),
            new District("440105", "广州市", "海珠区", List.of("新港中路", "江南大道中", "工业大道北")),
            new District("440111", "广州市", "白云区", List.of("白云大道北", "机场路", "广州大道北")),
            new District("440113", "广州市", "番禺区", List.of("市桥街繁华路", "南村镇兴南大道", "大石街105国道")),
            new District("440604", "佛山市", "禅城区", List.of("季华五路", "汾江中路", "岭南大道北")),
            new District("440605", "佛山市", "南海区", List.of("桂城街道南海大道北", "狮山镇博爱中路", "大沥镇广佛路")),
            new District("440606", "佛山市", "顺德区", List.of("大良街道德和路", "容桂街道容奇大道", "北滘镇工业大道")));

    private static final String[] TRADE_NAMES = { "晟达", "华辰", "粤海通", "铭泰", "嘉信", "恒悦", "骏丰", "永盛", "创联",
            "汇智", "金穗", "德润", "南粤星", "利丰源", "宏图", "锦程", "安捷", "茂源", "鑫隆", "天晟", "中岭", "穗和", "万邦",
            "佳禾", "瑞丰", "盈科", "新濠", "广华", "明珠", "启航", "百川", "信诚", "东昇", "丰泰", "弘业", "润和" };
    private static final String[] INDUSTRIES = { "贸易", "科技", "电子", "建材", "物流", "餐饮管理", "服装", "五金制品", "食品",
            "家具制造", "印刷", "装饰工程", "信息技术", "化工", "塑料制品", "灯饰" };
    private static final String[] SHOP_KINDS = { "便利店", "五金店", "粉面店", "服装店", "水果店", "理发店", "烧腊店", "文具店" };
    private static final String[] SURNAMES = { "陈", "李", "黄", "张", "梁", "刘", "林", "何", "吴", "王", "郑", "罗", "谢", "冯",
            "邓", "周", "叶", "蔡", "杨", "许", "麦", "区", "钟", "潘" };
    private static final String[] GIVEN_NAMES = { "伟明", "丽娟", "志强", "嘉欣", "俊杰", "晓燕", "国华", "淑芬", "文辉", "海涛",
            "秀英", "建军", "少华", "婉婷", "锦荣", "振邦", "永康", "慧敏", "家豪", "颖怡", "卓伦", "桂芳", "泽宇", "美玲" };
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private final Random random = new Random(20_261_201L);
    private final Set<String> used = new HashSet<>();

    District district(int index) {
        return DISTRICTS.get(Math.floorMod(index, DISTRICTS.size()));
    }

    /** A natural person born between 1960 and 1999 with an ID number issued in {@code district}. */
    Person person(District district) {
        String name = unique(() -> SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)]);
        LocalDate born = LocalDate.of(1960 + random.nextInt(40), 1, 1).plusDays(random.nextInt(365));
        String sequence = String.format("%03d", random.nextInt(1000));
        return new Person(name, CheckDigits.idNumber(district.division() + born.format(BASIC) + sequence));
    }

    /** A company (企业, credit code 91…) registered in {@code district}, with its legal representative. */
    Company company(District district) {
        String name = unique(() -> district.place() + TRADE_NAMES[random.nextInt(TRADE_NAMES.length)]
                + INDUSTRIES[random.nextInt(INDUSTRIES.length)] + (random.nextInt(4) == 0 ? "有限责任公司" : "有限公司"));
        return new Company(name, creditCode("91", district), person(district), address(district));
    }

    /** An individual business (个体工商户, credit code 92…): its shop name, with the owner as legal representative. */
    Company shop(District district) {
        Person owner = person(district);
        String name = unique(() -> district.place() + owner.name().substring(0, 1)
                + TRADE_NAMES[random.nextInt(TRADE_NAMES.length)] + SHOP_KINDS[random.nextInt(SHOP_KINDS.length)]);
        return new Company(name, creditCode("92", district), owner, address(district));
    }

    /** A public institution (事业单位, registered by the staffing office: 12…). */
    String institutionCode(District district) {
        return creditCode("12", district);
    }

    String address(District district) {
        String street = district.streets().get(random.nextInt(district.streets().size()));
        return "广东省" + district.place() + street + (1 + random.nextInt(600)) + "号"
                + (random.nextBoolean() ? (1 + random.nextInt(30)) + "0" + (1 + random.nextInt(9)) + "房" : "");
    }

    /** A mobile number (138…) for fields that are masked as phones. */
    String mobile() {
        return "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
    }

    /**
     * Organization code: new registrations since 2015 (MA…) are most common; the remaining six
     * characters come from the credit code alphabet so the code stays valid inside it.
     */
    private String creditCode(String authorityAndType, District district) {
        return unique(() -> {
            StringBuilder organization = new StringBuilder("MA5");
            for (int i = 0; i < 5; i++) {
                organization.append(CheckDigits.CREDIT_ALPHABET.charAt(random.nextInt(CheckDigits.CREDIT_ALPHABET.length())));
            }
            String code = CheckDigits.organizationCode(organization.toString());
            return CheckDigits.creditCode(authorityAndType + district.division() + code);
        });
    }

    private String unique(java.util.function.Supplier<String> next) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            String candidate = next.get();
            if (used.add(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("demo names exhausted");
    }
}
