-- The Kemendagri region hierarchy (Kepmendagri No. 300.2.2-2430 Tahun 2025). Rows are loaded by the Java
-- migration V3 from src/main/resources/wilayah/*.csv (see the README there for provenance and licence); the foreign
-- key and the secondary indexes follow in V4, because building them once after the load is several times faster
-- than maintaining them row by row.

-- Both are trusted contrib extensions: the migration user needs CREATE on the database, not superuser.
create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- Lower case without diacritics, the form names are searched in. The two-argument unaccent with schema-qualified
-- names does not depend on search_path, so the function is truly immutable and safe for a stored column
-- (pg_restore recomputes it with an empty search_path).
create function region_search_key(value text) returns text
    language sql immutable strict parallel safe
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

create table region (
    -- Dotted codes as published (61, 61.06, 61.06.01, 61.06.01.2001); leading zeros matter, so text.
    code          varchar(13)  primary key,
    parent_code   varchar(13),
    level         varchar(20)  not null,
    -- KABUPATEN/KOTA for kabupaten/kota, DESA/KELURAHAN/DESA_ADAT for villages, null for the other levels.
    kind          varchar(20),
    name          varchar(100) not null,
    province_code varchar(2)   not null,
    -- IANA id of the province's zone: WIB, WITA or WIT.
    time_zone     varchar(32)  not null,
    search_name   text         not null generated always as (region_search_key(name)) stored,
    constraint region_code_format
        check (code ~ '^[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?$'),
    constraint region_level_matches_code check (
        (level = 'PROVINSI' and length(code) = 2)
        or (level = 'KABUPATEN_KOTA' and length(code) = 5)
        or (level = 'KECAMATAN' and length(code) = 8)
        or (level = 'DESA' and length(code) = 13)),
    constraint region_parent_is_code_prefix check (
        (level = 'PROVINSI' and parent_code is null)
        or (level <> 'PROVINSI' and parent_code = left(code, length(code) - case level when 'DESA' then 5 else 3 end))),
    -- Permendagri 58/2021: regency segment 01-69 kabupaten, 71-99 kota; village segment 1xxx kelurahan,
    -- 2xxx desa, 3xxx desa adat.
    constraint region_kind_matches_code check (
        (level = 'KABUPATEN_KOTA' and kind = case when substr(code, 4, 2) between '01' and '69' then 'KABUPATEN'
                                                  when substr(code, 4, 2) between '71' and '99' then 'KOTA' end)
        or (level = 'DESA' and kind = case substr(code, 10, 1) when '1' then 'KELURAHAN' when '2' then 'DESA'
                                                               when '3' then 'DESA_ADAT' end)
        or (level in ('PROVINSI', 'KECAMATAN') and kind is null)),
    constraint region_province_code check (province_code = left(code, 2)),
    constraint region_time_zone check (time_zone in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'))
);
