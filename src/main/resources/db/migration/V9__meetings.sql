-- Coordination meetings (rapat koordinasi) of the Tim Pora teams: the plan, who was invited and who came, minutes and
-- decisions, the reports discussed, and action items. Times are instants; time_zone is the team's zone at planning
-- (WIB for the national team), in which the meeting's local times were entered and are shown.
create table meeting (
    id            bigint generated always as identity primary key,
    team_id       bigint        not null references team (id),
    kind          varchar(30)   not null check (kind in ('RUTIN', 'INSIDENTAL', 'PERSIAPAN_OPERASI')),
    title         varchar(200)  not null,
    starts_at     timestamptz   not null,
    ends_at       timestamptz   not null,
    time_zone     varchar(40)   not null,
    place         varchar(300)  not null,
    agenda        text,
    status        varchar(20)   not null default 'DIRENCANAKAN'
        check (status in ('DIRENCANAKAN', 'SELESAI', 'DIBATALKAN')),
    cancel_reason varchar(1000),
    minutes       text,
    decisions     text,
    created_by    bigint        not null references app_user (id),
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    version       integer       not null default 0,
    check (ends_at > starts_at),
    check ((status = 'DIBATALKAN') = (cancel_reason is not null))
);
-- A team's meetings, newest first (team page, previous meeting); the held ones for "last met".
create index meeting_team_start_idx on meeting (team_id, starts_at desc, id desc);
create index meeting_team_held_idx on meeting (team_id, starts_at desc) where status = 'SELESAI';
-- Upcoming meetings (dashboard).
create index meeting_planned_start_idx on meeting (starts_at, id) where status = 'DIRENCANAKAN';

create table meeting_invitee (
    meeting_id bigint not null references meeting (id) on delete cascade,
    agency_id  bigint not null references agency (id),
    primary key (meeting_id, agency_id)
);
-- "Meetings my agency is invited to": the visibility test of every meeting list.
create index meeting_invitee_agency_idx on meeting_invitee (agency_id, meeting_id);

create table meeting_attendee (
    id         bigint generated always as identity primary key,
    meeting_id bigint       not null references meeting (id) on delete cascade,
    name       varchar(120) not null,
    agency_id  bigint       not null references agency (id),
    position   varchar(120),
    created_at timestamptz  not null default now()
);
create index meeting_attendee_meeting_idx on meeting_attendee (meeting_id, id);

create table meeting_report (
    meeting_id bigint      not null references meeting (id) on delete cascade,
    report_id  bigint      not null references report (id),
    added_at   timestamptz not null default now(),
    primary key (meeting_id, report_id)
);
create index meeting_report_report_idx on meeting_report (report_id);

create table meeting_action_item (
    id                    bigint generated always as identity primary key,
    meeting_id            bigint        not null references meeting (id) on delete cascade,
    description           varchar(1000) not null,
    responsible_agency_id bigint        not null references agency (id),
    due_date              date          not null,
    -- The end of due_date in the responsible agency's time zone: the item is overdue once this has passed.
    due_at                timestamptz   not null,
    status                varchar(20)   not null default 'TERBUKA' check (status in ('TERBUKA', 'SELESAI')),
    done_note             varchar(1000),
    done_at               timestamptz,
    done_by               bigint references app_user (id),
    created_by            bigint        not null references app_user (id),
    created_at            timestamptz   not null default now(),
    version               integer       not null default 0,
    check ((status = 'SELESAI') = (done_at is not null))
);
create index meeting_action_item_meeting_idx on meeting_action_item (meeting_id, id);
-- "My action items" and the counts of open and overdue ones, per responsible agency.
create index meeting_action_item_agency_idx on meeting_action_item (responsible_agency_id, status, due_at, id);
create index meeting_action_item_open_due_idx on meeting_action_item (due_at, id) where status = 'TERBUKA';
