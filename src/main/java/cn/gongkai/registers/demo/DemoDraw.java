package cn.gongkai.registers.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.registers.draws.DrawInput;
import cn.gongkai.registers.draws.InspectionDraws;

/**
 * The demo's 双随机 draw (RFC 3797) for an inspection item: 5 of 25 key-source enterprises (the
 * item's 20%), from two announced lottery results, made through the draws service by the
 * Guangdong publisher so that its public page shows the pool, the key string and each round's MD5.
 * The lottery numbers are illustrative, not those of a real issue.
 */
@Component
class DemoDraw {

    static final int POOL = 25;
    static final int COUNT = 5;

    private final InspectionDraws draws;
    private final Organization organization;

    DemoDraw(InspectionDraws draws, Organization organization) {
        this.draws = draws;
        this.organization = organization;
    }

    /** Draws for the published inspection item {@code rowId}, in the caller's transaction. */
    void drawFor(long rowId, int year) {
        StaffMember publisher = organization.staffByUsername("gd-publisher").orElseThrow();
        DemoPeople people = new DemoPeople();
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < POOL; i++) {
            DemoPeople.Company c = people.company(people.district(i));
            pool.add(c.name() + "（" + c.creditCode() + "）");
        }
        List<List<BigDecimal>> sources = List.of(numbers(3, 9, 14, 22, 27, 31), numbers(8), numbers(5, 11, 19, 28, 33),
                numbers(2, 9));
        draws.draw(publisher, new DrawInput(pool, COUNT, sources, year + "年度重点税源企业税收专项检查对象随机抽取", rowId));
    }

    private static List<BigDecimal> numbers(int... values) {
        return IntStream.of(values).mapToObj(BigDecimal::valueOf).toList();
    }
}
