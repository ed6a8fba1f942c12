-- Effects (issue 11, validity): what an INSERT adds, the reviewer's note, and when a confirmed
-- effect's day was announced (ProvisionsAffected, exactly once across nodes: claimed by a
-- conditional update of announced_at).
-- An INSERT's new provision is affected_eid; new_num its number as written, new_kind its level,
-- parent_eid its parent (null = top level) and after_eid the sibling it follows (null = first).
alter table reg_effect add column new_num varchar(60);
alter table reg_effect add column new_kind varchar(20);
alter table reg_effect add column parent_eid varchar(200);
alter table reg_effect add column after_eid varchar(200);
alter table reg_effect add column review_note varchar(1000);
alter table reg_effect add column announced_at timestamp;
create index reg_effect_unannounced on reg_effect (state, announced_at, effective_on);

-- A provision that exists only because of a confirmed INSERT effect (rebuilt from the effects;
-- null = part of the document as imported).
alter table reg_provision add column inserted_by bigint;
