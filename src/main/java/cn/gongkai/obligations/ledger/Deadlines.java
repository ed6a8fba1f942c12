package cn.gongkai.obligations.ledger;

import java.time.Instant;
import java.util.List;

import cn.gongkai.obligations.rulebook.Rule;

/**
 * The ledger's only source of due times: the calendar module (SPEC M1), which alone does deadline
 * arithmetic. Pauses extend working-day periods by the paused working days; an extension adds
 * working days once.
 */
public interface Deadlines {

    /**
     * @param pauses the obligation's pauses; a running pause (no end) counts up to and including today
     * @param extensionWorkingDays 0 when there is no extension
     * @throws cn.gongkai.platform.GongkaiException when the calendar cannot answer (e.g. a year without holiday data)
     */
    Deadline due(Rule rule, Instant triggeredAt, List<Pause> pauses, int extensionWorkingDays);
}
