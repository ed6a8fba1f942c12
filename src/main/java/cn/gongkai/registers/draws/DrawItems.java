package cn.gongkai.registers.draws;

import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inspection items (随机抽查事项, rows of random-inspections) a staff member may draw for, by
 * their public item name: the console form's choice of item.
 */
@Component
class DrawItems {

    record Item(long id, String name, String organName) {
    }

    private final JdbcClient jdbc;
    private final InspectionDraws draws;
    private final Organization organization;

    DrawItems(JdbcClient jdbc, InspectionDraws draws, Organization organization) {
        this.jdbc = jdbc;
        this.draws = draws;
        this.organization = organization;
    }

    List<Item> drawableBy(StaffMember staff) {
        return jdbc.sql("""
                select id, organ_id, public_json from register_row where register_code = ? and state = 'PUBLISHED'
                order by id desc""").param(InspectionDraws.REGISTER)
                .query((rs, n) -> draws.mayDraw(staff, rs.getLong(2)) ? new Item(rs.getLong(1), itemName(rs.getString(3)),
                        organization.organ(rs.getLong(2)).map(Organ::getName).orElse("")) : null)
                .list().stream().filter(Objects::nonNull).toList();
    }

    private static String itemName(String publicJson) {
        JsonNode name = JsonMapper.shared().readTree(publicJson).get("itemName");
        return name == null || name.isNull() ? "" : name.asString();
    }
}
