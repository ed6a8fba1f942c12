-- A record linked to its library document (regulations) has its validity derived from the
-- library, never typed by hand: validity_source names the library document it comes from.
alter table gov_record add column validity_source varchar(60);
