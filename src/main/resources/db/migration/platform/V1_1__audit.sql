-- Audit chain (SPEC M12): append-only; each row's hash covers its fields and the previous hash.
create table audit_entry (
    seq          bigint primary key,
    at           timestamp with time zone not null,
    actor        varchar(100) not null,
    action       varchar(100) not null,
    subject_type varchar(60),
    subject_id   varchar(100),
    detail       varchar(4000),
    prev_hash    varchar(64) not null,
    hash         varchar(64) not null
);
create index audit_entry_actor on audit_entry (actor);
create index audit_entry_subject on audit_entry (subject_id);
create index audit_entry_at on audit_entry (at);

-- The head row is locked by every append, so the chain stays strictly ordered across nodes.
create table audit_head (
    id        int primary key,
    last_seq  bigint not null,
    last_hash varchar(64) not null
);
insert into audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
