-- Text extracted from attachments (PDF, DOCX, XLSX) for the search index, keyed by the file's
-- SHA-256 so a file is read once however often it is attached or the index is rebuilt.
create table search_extracted_text (
    sha256       varchar(64) primary key,
    text         text        not null,
    extracted_at timestamp with time zone not null
);
