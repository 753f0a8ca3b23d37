-- Sighting reports (laporan keberadaan orang asing), their history, follow-ups and attachments,
-- and the foreign-national registry (one subject across many reports).

create table subject (
    id                 bigint generated always as identity primary key,
    full_name          varchar(200) not null,
    nationality        char(2)      not null,
    sex                varchar(20)  not null default 'TIDAK_DIKETAHUI',
    birth_date         date,
    passport_number    varchar(30),
    -- The latest known permit and sighting, kept current when reports are linked (see SubjectService).
    permit_type        varchar(30),
    permit_number      varchar(50),
    permit_expiry      date,
    last_seen_at       timestamptz,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    version            integer      not null default 0
);
-- Same nationality + passport = same person: the key that links reports automatically.
create unique index subject_passport_key on subject (nationality, passport_number) where passport_number is not null;
create index subject_name_trgm_idx on subject using gin (lower(full_name) gin_trgm_ops);
create index subject_nationality_birth_idx on subject (nationality, birth_date);
create index subject_overstay_idx on subject (permit_expiry, last_seen_at) where permit_expiry is not null;

create table report (
    id                  bigint generated always as identity primary key,
    status              varchar(20)  not null default 'BARU'
        check (status in ('BARU', 'DITELAAH', 'TERVERIFIKASI', 'DITOLAK', 'TINDAK_LANJUT', 'SELESAI')),
    -- the subject as observed
    full_name           varchar(200) not null,
    nationality         char(2)      not null,
    sex                 varchar(20)  not null default 'TIDAK_DIKETAHUI',
    birth_date          date,
    approximate_age     smallint check (approximate_age between 0 and 120),
    passport_number     varchar(30),
    permit_type         varchar(30)  not null default 'TIDAK_DIKETAHUI',
    permit_number       varchar(50),
    permit_expiry       date,
    sponsor             varchar(200),
    occupation          varchar(120),
    -- the observation; province/regency/district are copies of the region code's ancestors so that
    -- jurisdiction and region filters are plain indexed equality tests
    observed_at         timestamptz  not null,
    region_code         varchar(13)  not null references region (code),
    province_code       varchar(2)   not null,
    regency_code        varchar(5)   not null,
    district_code       varchar(8)   not null,
    address             varchar(500),
    latitude            numeric(9, 6) check (latitude between -90 and 90),
    longitude           numeric(9, 6) check (longitude between -180 and 180),
    place_type          varchar(30)  not null,
    activities          varchar(30)[] not null default '{}',
    indications         varchar(30)[] not null default '{}',
    source              varchar(30)  not null,
    narrative           text,
    -- who and which agencies
    reporter_id         bigint       not null references app_user (id),
    reporting_agency_id bigint       not null references agency (id),
    handling_agency_id  bigint references agency (id),
    subject_id          bigint references subject (id),
    -- rejection
    rejection_reason    varchar(20) check (rejection_reason in ('TIDAK_VALID', 'DUPLIKAT', 'LAINNYA')),
    duplicate_of_id     bigint references report (id),
    search              tsvector generated always as (
        to_tsvector('simple', coalesce(full_name, '') || ' ' || coalesce(passport_number, '') || ' '
            || coalesce(sponsor, '') || ' ' || coalesce(narrative, ''))) stored,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             integer      not null default 0,
    check (region_code like district_code || '%' and district_code like regency_code || '%'
           and regency_code like province_code || '%')
);
-- Default list order (newest sighting first) for national users, and per level for scoped users.
create index report_observed_idx on report (observed_at desc, id desc);
create index report_province_observed_idx on report (province_code, observed_at desc, id desc);
create index report_regency_observed_idx on report (regency_code, observed_at desc, id desc);
create index report_district_observed_idx on report (district_code, observed_at desc, id desc);
create index report_status_idx on report (status, observed_at desc);
create index report_nationality_idx on report (nationality, observed_at desc);
create index report_reporting_agency_idx on report (reporting_agency_id, observed_at desc);
create index report_subject_idx on report (subject_id, observed_at desc);
create index report_passport_idx on report (nationality, passport_number) where passport_number is not null;
create index report_activities_idx on report using gin (activities);
create index report_indications_idx on report using gin (indications);
create index report_search_idx on report using gin (search);
create index report_name_trgm_idx on report using gin (lower(full_name) gin_trgm_ops);

-- Every transition is kept: who, when, from, to, note.
create table report_status_change (
    id          bigint generated always as identity primary key,
    report_id   bigint      not null references report (id),
    from_status varchar(20),
    to_status   varchar(20) not null,
    changed_by  bigint      not null references app_user (id),
    changed_at  timestamptz not null default now(),
    note        varchar(2000)
);
create index report_status_change_report_idx on report_status_change (report_id, changed_at);

create table follow_up (
    id                    bigint generated always as identity primary key,
    report_id             bigint       not null references report (id),
    type                  varchar(30)  not null,
    responsible_agency_id bigint       not null references agency (id),
    action_date           date         not null,
    outcome               varchar(4000),
    created_by            bigint       not null references app_user (id),
    created_at            timestamptz  not null default now()
);
create index follow_up_report_idx on follow_up (report_id, action_date);
create index follow_up_agency_idx on follow_up (responsible_agency_id, action_date desc);

-- Attachments live in the database so that any app node can serve them; content apart from metadata.
create table report_attachment (
    id           bigint generated always as identity primary key,
    report_id    bigint       not null references report (id),
    file_name    varchar(255) not null,
    content_type varchar(100) not null check (content_type in ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes   integer      not null check (size_bytes between 1 and 10485760),
    sha256       char(64)     not null,
    uploaded_by  bigint       not null references app_user (id),
    uploaded_at  timestamptz  not null default now(),
    content      bytea        not null
);
alter table report_attachment alter column content set storage external;
create index report_attachment_report_idx on report_attachment (report_id);
