-- Keyed audit chain (issue 10 A.4). Entries up to keyed_from - 1 were chained with plain SHA-256
-- (the rows that exist when this migration runs); from keyed_from on, with HMAC-SHA256 under a key
-- kept outside the database. The first start with a key sets keyed_from and seals it with that key
-- (keyed_seal), so the boundary cannot be moved by whoever can only write the database.
alter table audit_head add column keyed_from bigint;
alter table audit_head add column keyed_seal varchar(64);

-- One signed chain head per day (Asia/Shanghai), published by the first node that gets there:
-- the primary key keeps it single-run across nodes. Also written to <data>/audit/heads.jsonl and the log.
create table audit_published_head (
    head_day     date         primary key,
    entries      bigint       not null,
    head_hash    varchar(64)  not null,
    keyed_from   bigint       not null,
    key_id       varchar(16)  not null,
    published_at timestamp with time zone not null,
    signature    varchar(64)  not null
);
