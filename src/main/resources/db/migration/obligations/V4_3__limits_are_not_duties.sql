-- Issue 9 A.4, A.5: the correction-notice period (art. 30) and the consulted party's 15 working days
-- (art. 32) are limits of the rulebook, not duties. Obligations opened for them before are waived
-- (recorded in their history), so they no longer show as OVERDUE.
insert into obligation_history (obligation_id, at, action, actor, detail)
select id, current_timestamp, 'waived', 'system', 'limit, not a duty (rulebook 2026.2)'
from obligation
where rule_id in ('reg-30-correction-notice', 'reg-32-consultation') and state in ('OPEN', 'DUE_SOON', 'OVERDUE');
update obligation set state = 'WAIVED', waived_at = current_timestamp, waived_by = 'system',
    waived_reason = 'limit, not a duty (rulebook 2026.2)', paused = false
where rule_id in ('reg-30-correction-notice', 'reg-32-consultation') and state in ('OPEN', 'DUE_SOON', 'OVERDUE');
