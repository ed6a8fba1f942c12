-- rows (registers.rows): the day the daily expiry job took a row off the public list. The public
-- list already hides a row past visible_until; expired_at records that the job announced it
-- (RegisterChanged) exactly once across nodes, by the conditional update that sets it.
alter table register_row add column expired_at timestamp;
create index register_row_expiry on register_row (state, visible_until);
-- The value of the type's sort field (a DATE, ISO text sorts as the day), so the public list is
-- ordered in SQL (newest decision first) without reading values_json.
alter table register_row add column sort_key varchar(100);
create index register_row_sort on register_row (register_code, state, sort_key);
