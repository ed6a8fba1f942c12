package cn.gongkai.registers.draws;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongPredicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.PublicPageCache;
import cn.gongkai.platform.Rfc3797;
import cn.gongkai.platform.SiteAddress;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * 双随机 draws (随机抽取): computes the RFC 3797 selection from the submitted pool and sources,
 * stores pool, sources, key string and every round in one row of {@code register_draw} and
 * publishes it at once. Who: PUBLISHER or SUPERVISOR of the drawing organ (the inspection item's
 * organ, else the staff member's own); audited. Never updated: a draw is final once made.
 * {@link #forRow(long)} is what an inspection item's public page lists.
 */
@Service
public class InspectionDraws {

    /** The register whose items draws belong to. */
    public static final String REGISTER = "random-inspections";
    static final String PUBLIC_PATH = "/registers/" + REGISTER + "/draws/";

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<List<Long>>> SOURCES = new TypeReference<>() {
    };
    private static final TypeReference<List<InspectionDraw.Round>> ROUNDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Organization organization;
    private final AuditLog audit;
    private final PublicPageCache pages;
    private final SiteAddress site;
    private final Clock clock;

    InspectionDraws(JdbcClient jdbc, Organization organization, AuditLog audit, PublicPageCache pages,
            SiteAddress site, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.audit = audit;
        this.pages = pages;
        this.site = site;
        this.clock = clock;
    }

    /** Whether {@code staff} may draw for {@code organId}. */
    boolean mayDraw(StaffMember staff, long organId) {
        return organization.may(staff, Role.PUBLISHER, organId) || organization.may(staff, Role.SUPERVISOR, organId);
    }

    /** Whether {@code staff} may draw for any organ (to show the console form at all). */
    boolean mayDrawAnywhere(StaffMember staff) {
        return staff.hasRole(Role.PUBLISHER) || staff.hasRole(Role.SUPERVISOR);
    }

    /**
     * Checks, computes and publishes a draw; returns its id.
     *
     * @throws GongkaiException 400 naming the field and rule, 403 when not PUBLISHER/SUPERVISOR of the organ
     */
    @Transactional
    public long draw(StaffMember staff, DrawInput input) {
        DrawRules.Checked in = DrawRules.check(input);
        long organId = in.rowId() == null ? staff.organId() : itemOrgan(in.rowId());
        if (!mayDraw(staff, organId)) {
            throw GongkaiException.forbidden();
        }
        String key = Rfc3797.key(in.sources());
        List<InspectionDraw.Round> rounds = new ArrayList<>();
        List<String> selected = new ArrayList<>();
        for (Rfc3797.Pick p : Rfc3797.select(in.pool().size(), in.count(), key)) {
            String entry = in.pool().get(p.selected() - 1);
            rounds.add(new InspectionDraw.Round(p.order(), p.md5(), p.remaining(), p.selected(), entry));
            selected.add(entry);
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into register_draw (organ_id, row_id, title, pool_json, draw_count, sources_json, key_string,
                  rounds_json, selected_json, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(organId, in.rowId(), in.title(), JSON.writeValueAsString(in.pool()), in.count(),
                        JSON.writeValueAsString(in.sources()), key, JSON.writeValueAsString(rounds),
                        JSON.writeValueAsString(selected), staff.username(), Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.recordAs(staff.username(), "registers.draw-made", "register_draw", id,
                "pool " + in.pool().size() + ", count " + in.count() + ", key " + key
                        + (in.rowId() == null ? "" : ", item " + in.rowId()));
        pages.invalidateAllAfterCommit();
        return id;
    }

    /** The organ of an inspection item; refuses a row that is not a published item of random-inspections (a draw is public at once). */
    private long itemOrgan(long rowId) {
        return jdbc.sql("select organ_id from register_row where id = ? and register_code = ? and state = 'PUBLISHED'")
                .params(rowId, REGISTER).query(Long.class).optional()
                .orElseThrow(() -> GongkaiException.invalid("rowId", "registers.draws.error.rowId", String.valueOf(rowId)));
    }

    /** @throws GongkaiException 404 when there is no such draw */
    @Transactional(readOnly = true)
    public InspectionDraw view(long id) {
        return jdbc.sql("""
                select id, organ_id, row_id, title, pool_json, draw_count, sources_json, key_string, rounds_json,
                  selected_json, created_by, created_at from register_draw where id = ?""").param(id)
                .query(this::draw).optional()
                .orElseThrow(() -> GongkaiException.notFound("双随机抽取 (draw)", id));
    }

    /** The draws made for an inspection item, newest first (public: draws are published when made). */
    @Transactional(readOnly = true)
    public List<InspectionDraw.Line> forRow(long rowId) {
        return lines("where row_id = ?", rowId, organId -> true);
    }

    /** The draws of the organs {@code staff} may see, newest first (the console's list). */
    @Transactional(readOnly = true)
    List<InspectionDraw.Line> visibleTo(StaffMember staff) {
        return lines("", null, organId -> organization.maySee(staff, organId));
    }

    private List<InspectionDraw.Line> lines(String where, Long param, LongPredicate organs) {
        var query = jdbc.sql("select id, title, organ_id, row_id, pool_json, draw_count, key_string, created_at "
                + "from register_draw " + where + " order by id desc");
        if (param != null) {
            query = query.param(param);
        }
        return query.query((rs, n) -> organs.test(rs.getLong(3)) ? new InspectionDraw.Line(rs.getLong(1),
                rs.getString(2), organName(rs.getLong(3)), rs.getObject(4, Long.class),
                JSON.readValue(rs.getString(5), STRINGS).size(), rs.getInt(6), rs.getString(7),
                rs.getTimestamp(8).toInstant(), PUBLIC_PATH + rs.getLong(1)) : null).list().stream()
                .filter(Objects::nonNull).toList();
    }

    private String organName(long organId) {
        return organization.organ(organId).map(Organ::getName).orElse("");
    }

    private InspectionDraw draw(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Organ organ = organization.organ(rs.getLong("organ_id")).orElseThrow();
        List<List<Long>> sources = JSON.readValue(rs.getString("sources_json"), SOURCES);
        return new InspectionDraw(id, rs.getString("title"), organ.getCode(), organ.getName(),
                rs.getObject("row_id", Long.class), rs.getInt("draw_count"), JSON.readValue(rs.getString("pool_json"), STRINGS),
                sources, sources.stream().map(Rfc3797::canonical).toList(), rs.getString("key_string"),
                JSON.readValue(rs.getString("rounds_json"), ROUNDS), JSON.readValue(rs.getString("selected_json"), STRINGS),
                InspectionDraw.ALGORITHM, rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                site.absolute(PUBLIC_PATH + id));
    }
}
