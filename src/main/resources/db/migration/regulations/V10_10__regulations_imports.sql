-- Importer (issue 11 item 2): the annex (附表, 附件) kept as text after the provisions, and per
-- finding the exact injected passage a strip removes and what replaces it.
alter table reg_document add column annex text;
alter table reg_import_finding add column injected varchar(500);
alter table reg_import_finding add column replacement varchar(500);
