-- #14, the rest: public and village reports per desa of a kabupaten (dashboard table, periodic PDF).
-- Public reports of a kabupaten/kota and period, whatever their status (the queue indexes only hold MENUNGGU).
create index public_report_regency_received_idx on public_report (regency_code, received_at);
-- Village reports (laporan desa) are few among the reports: a partial index per kabupaten/kota and day seen.
create index report_village_regency_observed_idx on report (regency_code, observed_at) where source = 'LAPORAN_DESA';
