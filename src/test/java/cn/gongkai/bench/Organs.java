package cn.gongkai.bench;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The organ tree as the generator needs it: ids, names, levels and organization codes for index numbers. */
record Organs(List<Organ> all, List<Organ> provincial, List<Organ> local, Organ sat) {

    record Organ(long id, String code, String name, String shortName, String level, String organizationCode) {

        boolean isSat() {
            return id == 1L;
        }
    }

    static Organs load(JdbcClient jdbc) {
        List<Organ> all = jdbc.sql("select id, code, name, short_name, level, organization_code from organ order by id")
                .query((rs, n) -> new Organ(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
        Organ sat = all.stream().filter(Organ::isSat).findFirst().orElseThrow();
        return new Organs(all, all.stream().filter(o -> o.level().equals("PROVINCIAL")).toList(),
                all.stream().filter(o -> o.level().equals("MUNICIPAL") || o.level().equals("COUNTY")).toList(), sat);
    }
}
