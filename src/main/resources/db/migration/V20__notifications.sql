-- Notifications (#16): the mail outbox, in-app notifications, preferences and saved searches.

-- infrastructure/mail: mails waiting to be sent, written in the same transaction as the event that causes them and
-- delivered by OutboxSender (claims rows with FOR UPDATE SKIP LOCKED, retries with backoff, gives up after a number of
-- attempts and keeps the row as FAILED for the administrators' page).
create table mail_outbox (
    id              bigint generated always as identity primary key,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    text_body       text          not null,
    html_body       text,
    -- an iCalendar part (RFC 6047: text/calendar; method=REQUEST or CANCEL)
    calendar        text,
    calendar_method varchar(10) check (calendar_method in ('REQUEST', 'CANCEL')),
    status          varchar(10)   not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null default now(),
    last_error      varchar(1000),
    created_at      timestamptz   not null default now(),
    sent_at         timestamptz
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_created_idx on mail_outbox (created_at desc, id desc);
create index mail_outbox_failed_idx on mail_outbox (created_at desc) where status = 'FAILED';

-- notification: what the bell counts and /notifikasi lists. A notification points at its record (a report or a
-- meeting); the record's visibility is checked again whenever it is shown. mail_state says what is still to be mailed:
-- BATCH (the next batch run, e.g. reports waiting for review), DIGEST (the recipient's daily digest), null (nothing).
create table notification (
    id           bigint generated always as identity primary key,
    recipient_id bigint       not null references app_user (id) on delete cascade,
    kind         varchar(30)  not null,
    report_id    bigint references report (id) on delete cascade,
    meeting_id   bigint references meeting (id) on delete cascade,
    detail       varchar(300),
    item_count   integer      not null default 1,
    created_at   timestamptz  not null default now(),
    read_at      timestamptz,
    mail_state   varchar(10) check (mail_state in ('BATCH', 'DIGEST'))
);
create index notification_recipient_idx on notification (recipient_id, created_at desc, id desc);
create index notification_unread_idx on notification (recipient_id, kind) where read_at is null;
create index notification_mail_idx on notification (mail_state, recipient_id) where mail_state is not null;
-- Reports waiting for review are counted in one unread notification per officer (ON CONFLICT raises its count).
create unique index notification_review_waiting_key on notification (recipient_id)
    where kind = 'REVIEW_WAITING' and read_at is null;
create index notification_report_idx on notification (report_id) where report_id is not null;
create index notification_meeting_idx on notification (meeting_id) where meeting_id is not null;

-- What each user wants by e-mail, in which language, immediately or in a daily digest. A user without a row has the
-- defaults of their role (notification_role_default).
create table notification_preference (
    account_id  bigint       primary key references app_user (id) on delete cascade,
    language    varchar(5)   not null default 'id' check (language in ('id', 'en')),
    email_kinds varchar(30)[] not null,
    digest      boolean      not null default false,
    updated_at  timestamptz  not null default now()
);

create table notification_role_default (
    role        varchar(20)  primary key check (role in ('ADMIN', 'OFFICER', 'REPORTER')),
    email_kinds varchar(30)[] not null,
    digest      boolean      not null default false
);
insert into notification_role_default (role, email_kinds, digest) values
    ('REPORTER', array['REPORT_STATUS', 'REPORT_FOLLOW_UP', 'ACTION_ITEM', 'MEETING_INVITED', 'MEETING_CHANGED',
                       'MEETING_CANCELLED', 'SAVED_SEARCH_MATCH'], false),
    ('OFFICER',  array['REPORT_STATUS', 'REPORT_FOLLOW_UP', 'REVIEW_WAITING', 'ACTION_ITEM', 'MEETING_INVITED',
                       'MEETING_CHANGED', 'MEETING_CANCELLED', 'SAVED_SEARCH_MATCH'], false),
    ('ADMIN',    array['MEETING_INVITED', 'MEETING_CHANGED', 'MEETING_CANCELLED'], false);

-- Saved searches of the report list: the list's query string under a name, optionally watched (new reports that
-- match it notify the owner, within the owner's jurisdiction at the time of matching).
create table saved_search (
    id         bigint generated always as identity primary key,
    owner_id   bigint        not null references app_user (id) on delete cascade,
    name       varchar(100)  not null,
    query      varchar(2000) not null,
    watched    boolean       not null default false,
    created_at timestamptz   not null default now()
);
create unique index saved_search_name_key on saved_search (owner_id, lower(name));
create index saved_search_watched_idx on saved_search (owner_id) where watched;
