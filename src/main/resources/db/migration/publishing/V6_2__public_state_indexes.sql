-- The search index's fingerprint of the public state (max of the latest publication and the latest
-- withdrawal) is read at every start and after every index update: with these indexes both
-- maxima are single index lookups on H2 and PostgreSQL instead of scans of every record.
create index gov_record_last_published on gov_record (last_published_at);
create index gov_record_withdrawn on gov_record (withdrawn_at);
