-- Issue 10 A.3: attachments belong to editions. A file is part of editions from_edition up to, not
-- including, until_edition (open when null); the public sees the published edition's files only,
-- so a file added to a revision draft waits for its review and publication, and a file removed in
-- the draft stays on the live page until the revision is published.
alter table record_attachment add column from_edition int not null default 1;
alter table record_attachment add column until_edition int;

-- Existing files: each belongs from the first edition published after its upload; a file uploaded
-- to a revision draft that is not published yet belongs to that draft only (it was shown publicly
-- before this fix without review). Removals made in drafts before this fix cannot be undone.
update record_attachment a set from_edition = coalesce(
    (select min(e.number) from record_edition e where e.record_id = a.record_id and e.published_at >= a.uploaded_at),
    (select r.edition from gov_record r where r.id = a.record_id));

create index record_attachment_record_edition on record_attachment (record_id, from_edition);
