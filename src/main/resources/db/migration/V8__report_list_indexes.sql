-- Indexes for the report list (report/ReportQueries) beyond those of V6.

-- Free text also matches a passport number exactly; report_passport_idx leads with nationality, so it cannot serve
-- a search that does not know the nationality.
create index report_passport_number_idx on report (passport_number) where passport_number is not null;

-- "Sort by name" for users who see many reports (a national user sees them all).
create index report_name_sort_idx on report (lower(full_name), id);

-- "Sort by status" in workflow order, newest first within a status. The expression must stay the same as
-- ReportSort.statusRank() (a test checks), or PostgreSQL will not use the index.
create index report_status_rank_idx on report (
    (case status when 'BARU' then 0 when 'DITELAAH' then 1 when 'TERVERIFIKASI' then 2 when 'DITOLAK' then 3
                 when 'TINDAK_LANJUT' then 4 when 'SELESAI' then 5 end),
    observed_at desc, id desc);

-- Not for the list: without it, deleting a report (retention, or a test cleaning up) checks the self-reference of
-- every other report by a full scan, so deleting n reports costs n scans of the table.
create index report_duplicate_of_idx on report (duplicate_of_id) where duplicate_of_id is not null;
