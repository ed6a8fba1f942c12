-- The library's read model is kept per (document, read_version, segment of days): every
-- LibraryChanged bumps read_version in the transaction of the change (library.ReadVersions),
-- so a node that reads the column on each request never serves words older than the database's.
alter table reg_document add column read_version bigint default 0 not null;
