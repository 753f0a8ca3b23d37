-- Organisations (#13, reused by #19): lodgings, employers, sponsors and foreign organisations, each in one desa. The
-- desa's ancestor codes are copied, as in `report`, so that jurisdiction conditions are indexed equality tests.
create table organisation (
    id                      bigint generated always as identity primary key,
    kind                    varchar(20)  not null check (kind in ('PENGINAPAN_HOTEL', 'HOMESTAY', 'VILLA', 'KOS', 'MESS',
                                                                  'PERUSAHAAN', 'SPONSOR',
                                                                  'LSM_ASING', 'MEDIA_ASING', 'YAYASAN_ASING')),
    name                    varchar(200) not null,
    -- NIB (Nomor Induk Berusaha) or another registration number; foreign organisations: their own registration
    registration_number     varchar(40),
    -- ISO 3166-1 alpha-2, for foreign organisations; null for Indonesian ones
    country_code            char(2),
    region_code             varchar(13)  not null references region (code),
    province_code           varchar(2)   not null,
    regency_code            varchar(5)   not null,
    district_code           varchar(8)   not null,
    address                 varchar(500) not null,
    contact_name            varchar(120),
    contact_phone           varchar(30),
    contact_email           varchar(254),
    registered_by_agency_id bigint       not null references agency (id),
    registered_by           bigint references app_user (id),
    active                  boolean      not null default true,
    version                 integer      not null default 0,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now(),
    check (region_code like district_code || '%' and district_code like regency_code || '%'
           and regency_code like province_code || '%')
);
-- Lists per jurisdiction level in name order (100k organisations: a kabupaten's page is an index range).
create index organisation_province_idx on organisation (province_code, lower(name), id);
create index organisation_regency_idx on organisation (regency_code, lower(name), id);
create index organisation_district_idx on organisation (district_code, lower(name), id);
create index organisation_region_idx on organisation (region_code, lower(name), id);
create index organisation_name_idx on organisation (lower(name), id);
create index organisation_name_trgm_idx on organisation using gin (lower(name) gin_trgm_ops);
create index organisation_registration_trgm_idx
    on organisation using gin (lower(coalesce(registration_number, '')) gin_trgm_ops);
create index organisation_kind_idx on organisation (kind);
create index organisation_agency_idx on organisation (registered_by_agency_id);
-- One NIB (or foreign registration) belongs to one organisation.
create unique index organisation_registration_key
    on organisation (coalesce(country_code, 'ID'), upper(registration_number)) where registration_number is not null;

-- Partners (#13): an account of role PARTNER belongs to one organisation. The account room owns app_user; this link
-- is the organisation room's.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check check (role in ('ADMIN', 'OFFICER', 'REPORTER', 'PARTNER'));
create table partner_account (
    account_id      bigint      primary key references app_user (id) on delete cascade,
    organisation_id bigint      not null references organisation (id),
    created_at      timestamptz not null default now()
);
create index partner_account_organisation_idx on partner_account (organisation_id);

-- Guest (lodging) and worker (employer/sponsor) notices (#13). Each becomes a report (report_id). The stay key
-- (organisation, kind, nationality, normalised passport, check-in/start date) is unique: the same stay recorded
-- twice (by hand or by a bulk upload) is one notice and one report.
create table partner_notice (
    id                  bigint generated always as identity primary key,
    organisation_id     bigint       not null references organisation (id),
    kind                varchar(10)  not null check (kind in ('TAMU', 'PEKERJA')),
    full_name           varchar(200) not null,
    nationality         char(2)      not null,
    sex                 varchar(20)  not null,
    birth_date          date,
    passport_number     varchar(30)  not null,
    passport_key        varchar(30)  not null,
    passport_expiry     date,
    permit_type         varchar(30)  not null,
    permit_number       varchar(50),
    -- guests
    room                varchar(30),
    check_in_at         timestamptz,
    check_out_at        timestamptz,
    purpose             varchar(200),
    -- workers
    position            varchar(120),
    work_location       varchar(300),
    start_date          date,
    end_date            date,
    -- the stay key's date: check-in date (in the organisation's zone) or start date
    stay_date           date         not null,
    late                boolean      not null default false,
    report_id           bigint       not null references report (id),
    receipt_number      varchar(20)  not null unique,
    submitted_at        timestamptz  not null default now(),
    submitted_by        bigint       not null references app_user (id),
    version             integer      not null default 0,
    check ((kind = 'TAMU' and check_in_at is not null) or (kind = 'PEKERJA' and start_date is not null))
);
create unique index partner_notice_stay_key
    on partner_notice (organisation_id, kind, nationality, passport_key, stay_date);
create index partner_notice_organisation_idx on partner_notice (organisation_id, submitted_at desc, id desc);
create index partner_notice_late_idx on partner_notice (organisation_id, submitted_at) where late;
create index partner_notice_report_idx on partner_notice (report_id);
create index partner_notice_name_trgm_idx on partner_notice using gin (lower(full_name) gin_trgm_ops);

-- Receipt (Surat Tanda Terima) numbers, in sequence per year: STT/2026/000123.
create table receipt_counter (
    year integer primary key,
    last integer not null
);
