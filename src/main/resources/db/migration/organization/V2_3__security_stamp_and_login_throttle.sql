-- Sessions die with the account (issue 10 A.1): every change that must end an account's sessions
-- and tokens (disable, password reset or change, a removed role) raises its security stamp; each
-- authenticated request compares the stamp it was issued with against this column (primary key lookup).
alter table staff_account add column security_stamp bigint not null default 0;
alter table api_token add column security_stamp bigint not null default 0;

-- Login throttling (issue 10 A.5), shared by all nodes: one row per (scope, subject) where scope is
-- PAIR (username + address), ACCOUNT (username, known or not) or ADDRESS. staff_account's
-- failed_logins and locked_until are no longer used.
create table login_throttle (
    scope           varchar(10)  not null,
    subject         varchar(300) not null,
    failures        int          not null,
    last_failure_at timestamp with time zone not null,
    blocked_until   timestamp with time zone,
    constraint login_throttle_pk primary key (scope, subject)
);
create index login_throttle_last_failure on login_throttle (last_failure_at);
