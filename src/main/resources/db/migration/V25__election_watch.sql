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
