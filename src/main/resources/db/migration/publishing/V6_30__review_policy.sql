-- Separation of duties per organ (issue 10 B.4): whether each review stage and the publication
-- must be done by a different person. No row = the default (on); the drafter never reviews or
-- publishes their own record whatever this says.
create table review_policy (
    organ_id        bigint        not null primary key references organ (id),
    distinct_stages boolean       not null,
    updated_by      varchar(100)  not null,
    updated_at      timestamp with time zone not null
);
