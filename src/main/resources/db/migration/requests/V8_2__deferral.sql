-- Regulations art. 35: a reasonable deferred reply date for requests whose volume or frequency
-- clearly exceeds a reasonable range but whose reasons the organ accepts.
alter table disclosure_request add column deferred_until date;
alter table disclosure_request add column deferral_reason varchar(1000);
