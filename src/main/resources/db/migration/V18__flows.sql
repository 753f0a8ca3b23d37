-- Forms and flows (#12).

-- Files chosen in a report form that was refused (a missing field, an impossible date): held on the server for their
-- user, so the form comes back with them attached instead of asking for them again. Only the uploading account ever
-- sees or uses a held file; ReportAttachments moves it into report_attachment when the report is saved, and anything
-- older than HeldUploads.KEEP is deleted.
create table held_upload (
    id           uuid         primary key,
    account_id   bigint       not null references app_user (id) on delete cascade,
    file_name    varchar(255) not null,
    content_type varchar(100) not null check (content_type in ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes   integer      not null check (size_bytes between 1 and 10485760),
    held_at      timestamptz  not null default now(),
    content      bytea        not null
);
alter table held_upload alter column content set storage external;
create index held_upload_account_idx on held_upload (account_id, held_at);
create index held_upload_held_at_idx on held_upload (held_at);

-- "Sort by arrival" (waktu diterima) in the report list, and the BARU queue, which opens oldest-waiting first.
create index report_received_idx on report (created_at, id);
create index report_status_received_idx on report (status, created_at, id);
