-- Public reports (laporan masyarakat) sent at /lapor with no account (#14). A public report waits here for triage:
-- it is not a sighting report yet, so no list, count or dashboard rollup of `report` sees it. An officer or a
-- Kesbangpol reporter of the jurisdiction accepts it (a normal BARU report is created, with its photos, and linked
-- here), marks it a duplicate of a report, or rejects it. The region's ancestor codes are copied, as in `report`, so
-- that ReportScope's equality tests apply unchanged.
create table public_report (
    id                 bigint generated always as identity primary key,
    status             varchar(20)   not null default 'MENUNGGU'
        check (status in ('MENUNGGU', 'DITERIMA', 'DUPLIKAT', 'DITOLAK')),
    -- sha-256 of the tracking code; the code itself is shown once to the sender and never stored
    tracking_hash      char(64)      not null unique,
    description        varchar(2000) not null,
    people_count       smallint      not null check (people_count between 1 and 500),
    nationality        char(2),
    activity           varchar(30),
    observed_at        timestamptz   not null,
    region_code        varchar(13)   not null references region (code),
    province_code      varchar(2)    not null,
    regency_code       varchar(5)    not null,
    district_code      varchar(8)    not null,
    address            varchar(500),
    reporter_name      varchar(120),
    reporter_phone     varchar(30),
    -- abuse protection: the client (IPv4 address or IPv6 /64) for the rate limits, never shown to officers, and a
    -- hash of the content against the same report sent twice
    client_key         varchar(64)   not null,
    content_hash       char(64)      not null,
    received_at        timestamptz   not null default now(),
    -- triage
    decided_at         timestamptz,
    decided_by         bigint references app_user (id),
    rejection_reason   varchar(20) check (rejection_reason in ('SPAM', 'TIDAK_RELEVAN')),
    duplicate_of_id    bigint references report (id),
    accepted_report_id bigint references report (id),
    public_note        varchar(500),
    version            integer       not null default 0,
    check (region_code like district_code || '%' and district_code like regency_code || '%'
           and regency_code like province_code || '%')
);
-- The triage queue per jurisdiction level, oldest waiting first.
create index public_report_province_queue_idx on public_report (province_code, received_at, id) where status = 'MENUNGGU';
create index public_report_regency_queue_idx on public_report (regency_code, received_at, id) where status = 'MENUNGGU';
create index public_report_district_queue_idx on public_report (district_code, received_at, id) where status = 'MENUNGGU';
create index public_report_queue_idx on public_report (received_at, id) where status = 'MENUNGGU';
-- The rate limits (per client, and all clients together) and the duplicate check look back over recent rows.
create index public_report_client_idx on public_report (client_key, received_at);
create index public_report_received_idx on public_report (received_at);
create index public_report_content_idx on public_report (content_hash, received_at);
create index public_report_accepted_idx on public_report (accepted_report_id) where accepted_report_id is not null;
create index public_report_duplicate_idx on public_report (duplicate_of_id) where duplicate_of_id is not null;

-- Photos of a public report, re-encoded on arrival (no EXIF, no location, nothing but the pixels).
create table public_report_photo (
    id               bigint generated always as identity primary key,
    public_report_id bigint       not null references public_report (id) on delete cascade,
    file_name        varchar(255) not null,
    content_type     varchar(20)  not null check (content_type in ('image/jpeg', 'image/png')),
    size_bytes       integer      not null check (size_bytes between 1 and 10485760),
    content          bytea        not null
);
alter table public_report_photo alter column content set storage external;
create index public_report_photo_report_idx on public_report_photo (public_report_id);

-- Village contact persons (#14): a desa binaan is an agency of level DESA whose jurisdiction is desa/kelurahan, so a
-- jurisdiction may now name a desa. ReportScope then tests the report's own region code.
alter table agency drop constraint agency_level_check;
alter table agency add constraint agency_level_check
    check (level in ('PUSAT', 'PROVINSI', 'KABUPATEN_KOTA', 'KECAMATAN', 'DESA'));
create index report_region_observed_idx on report (region_code, observed_at desc, id desc);
create index public_report_village_queue_idx on public_report (region_code, received_at, id) where status = 'MENUNGGU';
