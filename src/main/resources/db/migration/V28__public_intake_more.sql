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
