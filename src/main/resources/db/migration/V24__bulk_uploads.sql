-- Bulk uploads (#13 item 3; infrastructure/bulk): a CSV or XLSX file a user uploaded, kept server-side between the
-- preview and the confirmation so that any node can serve either. The file is kept in chunks (bulk_upload_chunk) so
-- it is written and read back as a stream, never as one value in memory. Chunks, errors and sample rows of an
-- imported or expired upload are deleted by BulkUploadCleanup; the upload row itself stays as the record of what was
-- imported (counts only, no personal data) until it is a year old.
create table bulk_upload (
    id            bigint generated always as identity primary key,
    owner_id      bigint        not null references app_user (id) on delete cascade,
    -- the feature that reads the file ("partner-guests") and what it is for (e.g. an organisation's id)
    feature       varchar(40)   not null,
    target        varchar(60)   not null,
    file_name     varchar(255)  not null,
    format        varchar(4)    not null check (format in ('CSV', 'XLSX')),
    size_bytes    bigint        not null,
    status        varchar(10)   not null check (status in ('CHECKED', 'IMPORTING', 'IMPORTED', 'FAILED')),
    total_rows    integer       not null default 0,
    valid_rows    integer       not null default 0,
    error_rows    integer       not null default 0,
    known_rows    integer       not null default 0,
    error_count   integer       not null default 0,
    imported_rows integer       not null default 0,
    -- while IMPORTING: valid rows handled so far and when the last batch committed (a stale one is FAILED by cleanup)
    done_rows     integer       not null default 0,
    progress_at   timestamptz,
    created_at    timestamptz   not null default now(),
    imported_at   timestamptz,
    expires_at    timestamptz   not null
);
create index bulk_upload_owner_idx on bulk_upload (owner_id, feature, created_at desc);
create index bulk_upload_expiry_idx on bulk_upload (expires_at);

create table bulk_upload_chunk (
    upload_id bigint  not null references bulk_upload (id) on delete cascade,
    seq       integer not null,
    data      bytea   not null,
    primary key (upload_id, seq)
);

-- Row errors as the preview lists them, page by page (at most a fixed number per upload are kept; all are counted).
create table bulk_upload_error (
    upload_id   bigint        not null references bulk_upload (id) on delete cascade,
    seq         integer       not null,
    row_no      integer       not null,
    column_name varchar(100),
    message_key varchar(100)  not null,
    argument    varchar(300),
    primary key (upload_id, seq)
);

-- The first valid rows, as the preview shows them (cells separated by U+001F).
create table bulk_upload_sample (
    upload_id bigint  not null references bulk_upload (id) on delete cascade,
    row_no    integer not null,
    cells     text    not null,
    primary key (upload_id, row_no)
);

-- What each imported row became in its feature (e.g. a partner notice), kept after the import (ids only) so the
-- uploader can reach the records (and their receipts) from the upload.
create table bulk_upload_item (
    upload_id bigint  not null references bulk_upload (id) on delete cascade,
    row_no    integer not null,
    record_id bigint  not null,
    created   boolean not null,
    primary key (upload_id, row_no)
);
