-- Regulations art. 29(一): the identity document of a natural person's number (resident ID card,
-- passport, permits for Hong Kong, Macao and Taiwan residents, foreigners' permanent residence card).
alter table disclosure_request add column id_document varchar(30);
update disclosure_request set id_document = 'RESIDENT_ID' where applicant_type = 'NATURAL_PERSON';
