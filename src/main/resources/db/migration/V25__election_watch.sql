-- Election-period watch and foreign organisations (#19).

-- Social media as a report source: the post's address and platform. The address is evidence kept as text; the
-- application never fetches, embeds or links it (report/SocialLinks).
alter table report add column source_link varchar(500)
    check (source_link is null or source_link ~ '^[Hh][Tt][Tt][Pp][Ss]?://[^[:space:]<>"''`]+$');
alter table report add column source_platform varchar(20)
    check (source_platform in ('FACEBOOK', 'INSTAGRAM', 'TIKTOK', 'X_TWITTER', 'YOUTUBE', 'WHATSAPP', 'TELEGRAM',
                               'LAINNYA'));

-- Watch periods (pengawasan khusus, e.g. "Pilkada Serentak 2024"): days, regions and what matters. A report matches
-- a watch when it was seen on one of its days (in the watch's zone), in one of its regions, and has one of its
-- activities, one of its indications or one of its sources. Few rows (tens per year), read for every report-list
-- page of a user who can see one, so the list's badge is an expression over the report row, not a join.
create table watch_period (
    id          bigint generated always as identity primary key,
    name        varchar(200)  not null,
    starts_on   date          not null,
    ends_on     date          not null,
    -- the zone the days are counted in: the defining user's agency zone
    zone_id     varchar(40)   not null,
    activities  varchar(30)[] not null default '{}',
    indications varchar(30)[] not null default '{}',
    sources     varchar(30)[] not null default '{}',
    note        varchar(2000),
    created_by  bigint        not null references app_user (id),
    agency_id   bigint references agency (id),
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    version     integer       not null default 0,
    check (ends_on >= starts_on),
    check (cardinality(activities) + cardinality(indications) + cardinality(sources) > 0)
);
create index watch_period_dates_idx on watch_period (ends_on, starts_on);

-- A province, kabupaten/kota or kecamatan of a watch (never a desa: reports keep copies of the three upper levels).
create table watch_period_region (
    watch_id    bigint      not null references watch_period (id) on delete cascade,
    region_code varchar(13) not null references region (code),
    primary key (watch_id, region_code),
    check (length(region_code) in (2, 5, 8))
);
create index watch_period_region_code_idx on watch_period_region (region_code);

-- Foreign organisations register (#19), on the organisation room's `organisation` rows of the foreign kinds
-- (LSM_ASING, MEDIA_ASING, YAYASAN_ASING). These tables are the foreignorg room's.

-- Local partners: local NGOs, universities, companies working with a foreign organisation.
create table foreign_partner (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    name            varchar(200) not null,
    kind            varchar(20)  not null check (kind in ('LSM_LOKAL', 'UNIVERSITAS', 'PERUSAHAAN', 'INSTANSI', 'LAINNYA')),
    region_code     varchar(13) references region (code),
    contact         varchar(200),
    created_by      bigint       not null references app_user (id),
    created_at      timestamptz  not null default now()
);
create index foreign_partner_organisation_idx on foreign_partner (organisation_id);

-- People of an organisation: registry persons as staff, volunteers or journalists. A subject merge moves them
-- (SubjectsMerged); a subject removed for having no report left takes its links along.
create table foreign_person (
    organisation_id bigint      not null references organisation (id),
    subject_id      bigint      not null references subject (id) on delete cascade,
    role            varchar(20) not null check (role in ('STAF', 'RELAWAN', 'JURNALIS')),
    note            varchar(500),
    created_by      bigint      not null references app_user (id),
    created_at      timestamptz not null default now(),
    primary key (organisation_id, subject_id, role)
);
create index foreign_person_subject_idx on foreign_person (subject_id);

-- Activities (kegiatan) with place and period, funding and the local partner, Kesbangpol's decision.
create table foreign_activity (
    id                bigint generated always as identity primary key,
    organisation_id   bigint        not null references organisation (id),
    title             varchar(200)  not null,
    purpose           varchar(2000) not null,
    starts_on         date          not null,
    ends_on           date          not null,
    funding_source    varchar(200),
    funding_amount    varchar(100),
    partner_id        bigint references foreign_partner (id),
    status            varchar(20)   not null default 'DIAJUKAN'
        check (status in ('DIAJUKAN', 'DIIZINKAN', 'DITUNDA', 'DITOLAK')),
    decision_reason   varchar(2000),
    decided_by        bigint references app_user (id),
    decided_agency_id bigint references agency (id),
    decided_at        timestamptz,
    created_by        bigint        not null references app_user (id),
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    version           integer       not null default 0,
    check (ends_on >= starts_on),
    check (status = 'DIAJUKAN' or (decided_by is not null and decided_agency_id is not null and decided_at is not null)),
    check (status not in ('DITUNDA', 'DITOLAK') or decision_reason is not null)
);
create index foreign_activity_organisation_idx on foreign_activity (organisation_id, starts_on desc, id desc);
create index foreign_activity_dates_idx on foreign_activity (ends_on, starts_on);

-- Where an activity takes place: provinces, kabupaten/kota, kecamatan or desa.
create table foreign_activity_region (
    activity_id bigint      not null references foreign_activity (id) on delete cascade,
    region_code varchar(13) not null references region (code),
    primary key (activity_id, region_code)
);
create index foreign_activity_region_code_idx on foreign_activity_region (region_code);

-- Kesbangpol's checklist per activity (Permendagri No. 49/2010): each item checked, with a note.
create table foreign_activity_check (
    activity_id       bigint        not null references foreign_activity (id) on delete cascade,
    item              varchar(30)   not null check (item in ('REKOMENDASI_KEMLU', 'MOU', 'TUJUAN', 'LOKASI', 'WAKTU',
                                                             'MITRA_LOKAL', 'PENDANAAN')),
    fulfilled         boolean       not null,
    note              varchar(1000),
    checked_by        bigint        not null references app_user (id),
    checked_agency_id bigint references agency (id),
    checked_at        timestamptz   not null,
    primary key (activity_id, item)
);

-- Reports linked to an organisation (a report about its people or its activity).
create table foreign_report_link (
    organisation_id bigint      not null references organisation (id),
    report_id       bigint      not null references report (id) on delete cascade,
    linked_by       bigint      not null references app_user (id),
    linked_at       timestamptz not null default now(),
    primary key (organisation_id, report_id)
);
create index foreign_report_link_report_idx on foreign_report_link (report_id);

-- Foreign journalists' coverage permits, on the person (and the outlet when it is registered).
create table journalist_permit (
    id                     bigint generated always as identity primary key,
    subject_id             bigint        not null references subject (id) on delete cascade,
    outlet_organisation_id bigint references organisation (id),
    outlet_name            varchar(200)  not null,
    visa                   varchar(100)  not null,
    press_permit_number    varchar(60)   not null,
    valid_from             date          not null,
    valid_until            date          not null,
    topic                  varchar(500),
    region_codes           varchar(13)[] not null default '{}',
    created_by             bigint        not null references app_user (id),
    created_at             timestamptz   not null default now(),
    check (valid_until >= valid_from)
);
create index journalist_permit_subject_idx on journalist_permit (subject_id, valid_until);
create index journalist_permit_outlet_idx on journalist_permit (outlet_organisation_id);
