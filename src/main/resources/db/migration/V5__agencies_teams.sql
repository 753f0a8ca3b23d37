-- Agencies (instansi), their jurisdictions, Tim Pora teams, and the account ↔ agency link.
create extension if not exists pg_trgm;

create table agency (
    id         bigint generated always as identity primary key,
    name       varchar(200) not null,
    type       varchar(20)  not null check (type in ('IMIGRASI', 'KESBANGPOL', 'POLRI', 'TNI', 'BIN', 'KEJAKSAAN',
                                                      'DISNAKER', 'DISDUKCAPIL', 'BNN', 'BEA_CUKAI', 'PEMDA', 'LAINNYA')),
    level      varchar(20)  not null check (level in ('PUSAT', 'PROVINSI', 'KABUPATEN_KOTA', 'KECAMATAN')),
    address    varchar(500),
    phone      varchar(40),
    email      varchar(120),
    active     boolean      not null default true,
    created_at timestamptz  not null default now(),
    updated_at timestamptz  not null default now(),
    version    integer      not null default 0
);
create unique index agency_name_key on agency (lower(name));
create index agency_name_trgm_idx on agency using gin (lower(name) gin_trgm_ops);
create index agency_type_idx on agency (type);

-- A region covers itself and every region below it (dotted codes: 61.06 covers 61.06.01.2001).
create table agency_region (
    agency_id   bigint      not null references agency (id) on delete cascade,
    region_code varchar(13) not null references region (code),
    primary key (agency_id, region_code)
);
create index agency_region_region_idx on agency_region (region_code);

create table team (
    id              bigint generated always as identity primary key,
    name            varchar(200) not null,
    level           varchar(20)  not null check (level in ('PUSAT', 'PROVINSI', 'KABUPATEN_KOTA', 'KECAMATAN')),
    region_code     varchar(13) references region (code),
    chair_agency_id bigint       not null references agency (id),
    decree_number   varchar(100),
    decree_date     date,
    active          boolean      not null default true,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         integer      not null default 0,
    check ((level = 'PUSAT') = (region_code is null))
);
-- One team per level and region: a double submission cannot create a second one.
create unique index team_level_region_key on team (level, coalesce(region_code, ''));
create index team_chair_idx on team (chair_agency_id);

create table team_member (
    team_id   bigint not null references team (id) on delete cascade,
    agency_id bigint not null references agency (id),
    primary key (team_id, agency_id)
);
create index team_member_agency_idx on team_member (agency_id);

alter table app_user
    add column email    varchar(120),
    add column phone    varchar(40),
    add column position varchar(120),
    add constraint app_user_agency_fk foreign key (agency_id) references agency (id);
create index app_user_agency_idx on app_user (agency_id);
create index app_user_role_idx on app_user (role);
create index app_user_name_trgm_idx on app_user using gin (lower(display_name || ' ' || username) gin_trgm_ops);
