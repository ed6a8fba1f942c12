-- Holiday notices uploaded by administrators (SPEC M1). A year here replaces the notice shipped
-- with the release for that year; its listed days are the notice's days (dates may fall in the
-- neighbouring years: the notice of Y can set late-December days of Y-1).
create table calendar_year (
    year_number int          primary key,
    format      varchar(10)  not null,
    file_name   varchar(200),
    day_count   int          not null,
    uploaded_at timestamp with time zone not null,
    uploaded_by varchar(100) not null
);

create table calendar_year_day (
    year_number int         not null references calendar_year (year_number),
    on_date     date        not null,
    name        varchar(50) not null,
    off_day     boolean     not null,
    primary key (year_number, on_date)
);
