-- #14, the rest: public and village reports per desa of a kabupaten (dashboard table, periodic PDF).
-- Public reports of a kabupaten/kota and period, whatever their status (the queue indexes only hold MENUNGGU).
create index public_report_regency_received_idx on public_report (regency_code, received_at);
-- Village reports (laporan desa) are few among the reports: a partial index per kabupaten/kota and day seen.
create index report_village_regency_observed_idx on report (regency_code, observed_at) where source = 'LAPORAN_DESA';

-- The location of a public report, only when the sender gave it: their phone's position (PERANGKAT, after they pressed
-- the button) or, when they chose to share it, the GPS position of a photo (FOTO). Never the rest of the EXIF.
alter table public_report add column latitude numeric(9, 6) check (latitude between -11.5 and 6.5),
                          add column longitude numeric(9, 6) check (longitude between 94.5 and 141.5),
                          add column location_source varchar(10) check (location_source in ('PERANGKAT', 'FOTO')),
                          add check ((latitude is null) = (longitude is null)
                                     and (latitude is null) = (location_source is null));

-- Every send of the public form (#14 item 7), for administrators investigating abuse; never shown to officers. The
-- client is kept as the rate limits key it (IPv4 address or IPv6 /64), like public_report.client_key. A flood past the
-- per-node attempt limit is recorded once per client and window.
create table public_submission (
    id               bigint generated always as identity primary key,
    attempted_at     timestamptz not null,
    client_key       varchar(64) not null,
    outcome          varchar(10) not null check (outcome in ('DITERIMA', 'DITOLAK', 'DIBATASI')),
    reason           varchar(20) not null check (reason in ('SAVED', 'HONEYPOT', 'WRONG_ANSWER', 'TOO_FAST',
                                                            'FORM_EXPIRED', 'INVALID', 'DUPLICATE', 'FLOOD',
                                                            'CLIENT_LIMIT', 'GLOBAL_LIMIT')),
    province_code    varchar(2),
    public_report_id bigint references public_report (id) on delete set null
);
create index public_submission_recent_idx on public_submission (attempted_at desc, id desc);
create index public_submission_province_idx on public_submission (province_code, attempted_at desc, id desc);
create index public_submission_client_idx on public_submission (client_key, attempted_at desc, id desc);
