-- Notifications (#16), second part: reminders of action items that fall due or are overdue, and public reports
-- waiting for triage.

-- Each reminder of an action item is sent once: the hourly job inserts its row before it notifies, and a second node
-- or a rerun finds the row and does nothing.
create table action_item_reminder (
    action_item_id bigint       not null references meeting_action_item (id) on delete cascade,
    kind           varchar(30)  not null check (kind in ('ACTION_ITEM_DUE', 'ACTION_ITEM_OVERDUE')),
    sent_at        timestamptz  not null default now(),
    primary key (action_item_id, kind)
);

-- Reports waiting for review and public reports waiting for triage are each counted in one unread notification per
-- recipient (ON CONFLICT raises its count).
drop index notification_review_waiting_key;
create unique index notification_waiting_key on notification (recipient_id, kind)
    where kind in ('REVIEW_WAITING', 'PUBLIC_WAITING') and read_at is null;

update notification_role_default
   set email_kinds = email_kinds || array['ACTION_ITEM_DUE', 'ACTION_ITEM_OVERDUE']::varchar(30)[]
 where role in ('OFFICER', 'REPORTER');
update notification_role_default
   set email_kinds = email_kinds || array['PUBLIC_WAITING']::varchar(30)[]
 where role = 'OFFICER';

-- Roles are the application's enum (a partner role is coming); the administrators' page writes one row per role.
alter table notification_role_default drop constraint notification_role_default_role_check;
