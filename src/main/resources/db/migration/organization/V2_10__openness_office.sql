-- The openness office of each organ as the guide must state it (Regulations art. 12: name,
-- office address, hours, phone, fax, internet contact), with the postal address for paper
-- applications. Edited in the console by administrators and the organ's office reviewers.
create table organ_openness_office (
    organ_id bigint primary key references organ (id),
    office_name varchar(100) not null,
    address varchar(200) not null,
    hours varchar(200) not null,
    phone varchar(50) not null,
    fax varchar(50),
    postal_address varchar(200) not null,
    postcode varchar(6),
    internet varchar(200) not null,
    updated_by varchar(100) not null,
    updated_at timestamp with time zone not null,
    version integer not null default 0
);
