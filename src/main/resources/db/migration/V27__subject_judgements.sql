-- Better person matching in the foreign-national registry (subject/ feature, issue #15 item 5): officers' judgements
-- on suggested pairs, merges that can be undone, and a person's further passports (a renewal).

-- An officer's judgement on a pair of persons: the same person (they were merged) or not the same person (kept apart,
-- never suggested again to anyone). One row per pair, the lower id first; a later judgement replaces the earlier one.
-- No foreign keys to subject: a merged person's row is deleted and may come back with its id when the merge is undone,
-- and the judgement must outlive both. Pages show a judgement only while the other person exists.
create table subject_judgement (
    low_subject_id  bigint       not null,
    high_subject_id bigint       not null,
    verdict         varchar(20)  not null check (verdict in ('SAMA', 'BUKAN_SAMA')),
    judged_by       bigint       not null references app_user (id),
    agency_id       bigint       not null references agency (id),
    judged_at       timestamptz  not null default now(),
    note            varchar(500),
    primary key (low_subject_id, high_subject_id),
    check (low_subject_id < high_subject_id)
);
-- The primary key finds a person's judgements as the lower id, this one as the higher.
create index subject_judgement_high_idx on subject_judgement (high_subject_id);

-- What a merge changed, so that it can be undone exactly: the absorbed person's row as it was, the kept person's own
-- fields before the merge, the reports and passports that moved, and the passport row the absorbed person's passport
-- became on the kept person.
create table subject_merge (
    id                   bigint generated always as identity primary key,
    kept_subject_id      bigint       not null,
    absorbed_subject_id  bigint       not null,
    absorbed             jsonb        not null,
    kept_before          jsonb        not null,
    moved_reports        bigint[]     not null,
    moved_passports      bigint[]     not null default '{}',
    created_passport_id  bigint,
    merged_by            bigint       not null references app_user (id),
    agency_id            bigint       not null references agency (id),
    merged_at            timestamptz  not null default now(),
    undone_by            bigint references app_user (id),
    undone_at            timestamptz
);
-- The merges a person's page offers to undo.
create index subject_merge_kept_idx on subject_merge (kept_subject_id, merged_at desc) where undone_at is null;

-- A person's further passports (a renewed or second passport), besides subject.passport_number. A report with any of
-- them joins the person (SubjectRegistry.linkByPassport). A passport belongs to one person: unique here, and never
-- also some subject's own passport (checked by the registry under an advisory lock on the passport).
create table subject_passport (
    id              bigint generated always as identity primary key,
    subject_id      bigint       not null references subject (id) on delete cascade,
    nationality     char(2)      not null,
    passport_number varchar(30)  not null,
    seen_on         date,
    added_by        bigint references app_user (id),
    added_at        timestamptz  not null default now()
);
create unique index subject_passport_number_key on subject_passport (nationality, passport_number);
create index subject_passport_subject_idx on subject_passport (subject_id);
