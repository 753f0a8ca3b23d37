-- The permit roster (#15 items 1, 2 and 4; subject/ feature): the Kantor Imigrasi's export of its stay-permit holders,
-- imported in bulk (infrastructure/bulk) into the registry's persons. A person is found by nationality + normalised
-- passport (subject.passport_number or a further passport in subject_passport), created when unknown.

-- Where a person lives now and on what permit, as the latest roster says: one row per person. The desa's ancestor
-- codes are copied (like report's) so that a jurisdiction is index-friendly equalities, and the name and nationality
-- so that the register pages in SQL by name from an index. A person who left is marked (departed_at), never deleted.
create table subject_residence (
    subject_id       bigint       primary key references subject (id) on delete cascade,
    office_agency_id bigint       not null references agency (id),
    full_name        varchar(200) not null,
    nationality      char(2)      not null,
    region_code      varchar(13)  not null references region (code),
    province_code    varchar(2)   not null,
    regency_code     varchar(5)   not null,
    district_code    varchar(8)   not null,
    address          varchar(300),
    occupation       varchar(120),
    sponsor_name     varchar(200),
    permit_type      varchar(30)  not null,
    permit_number    varchar(50)  not null,
    permit_issued    date,
    permit_expiry    date         not null,
    -- the roster upload (bulk_upload.id) that last named the person: a full export marks the others departed
    last_upload_id   bigint       not null,
    first_seen_at    timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    departed_at      timestamptz
);
-- The register of a province, kabupaten, kecamatan or desa, by name (people still there).
create index subject_residence_province_idx on subject_residence (province_code, full_name, subject_id)
    where departed_at is null;
create index subject_residence_regency_idx on subject_residence (regency_code, full_name, subject_id)
    where departed_at is null;
create index subject_residence_district_idx on subject_residence (district_code, full_name, subject_id)
    where departed_at is null;
create index subject_residence_region_idx on subject_residence (region_code, full_name, subject_id)
    where departed_at is null;
-- The permit watch: expired and expiring permits of an area.
create index subject_residence_regency_expiry_idx on subject_residence (regency_code, permit_expiry)
    where departed_at is null;
create index subject_residence_province_expiry_idx on subject_residence (province_code, permit_expiry)
    where departed_at is null;
-- A full export's absentees: the office's people not named by this upload.
create index subject_residence_office_idx on subject_residence (office_agency_id, last_upload_id)
    where departed_at is null;
create index subject_residence_sponsor_trgm_idx on subject_residence using gin (lower(sponsor_name) gin_trgm_ops);

-- Every distinct permit (type, number, expiry) a roster named for a person, with the upload that first named it and
-- when it was first and last seen: the history an updated export keeps.
create table subject_permit (
    id               bigint       generated always as identity primary key,
    subject_id       bigint       not null references subject (id) on delete cascade,
    permit_type      varchar(30)  not null,
    permit_number    varchar(50)  not null,
    permit_issued    date,
    permit_expiry    date         not null,
    source_upload_id bigint       not null,
    first_seen_at    timestamptz  not null default now(),
    last_seen_at     timestamptz  not null default now(),
    unique (subject_id, permit_type, permit_number, permit_expiry)
);

-- The permit watch's notification (#15 item 4): the expiry a person was last reminded of (PermitRoster's daily claim
-- counts each permit once, when it enters the 30-day window).
alter table subject_residence add column expiry_reminded date;
create index subject_residence_expiry_idx on subject_residence (permit_expiry) where departed_at is null;

drop index notification_waiting_key;
create unique index notification_waiting_key on notification (recipient_id, kind)
    where kind in ('REVIEW_WAITING', 'PUBLIC_WAITING', 'PARTNER_LATE', 'PERMIT_EXPIRING') and read_at is null;
