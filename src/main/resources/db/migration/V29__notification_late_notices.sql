-- Notifications (#16): lodgings' late guest notices (#13) are counted in one unread notification per officer, like
-- reports waiting for review and public reports waiting for triage.
drop index notification_waiting_key;
create unique index notification_waiting_key on notification (recipient_id, kind)
    where kind in ('REVIEW_WAITING', 'PUBLIC_WAITING', 'PARTNER_LATE') and read_at is null;

update notification_role_default
   set email_kinds = email_kinds || array['PARTNER_LATE']::varchar(30)[]
 where role = 'OFFICER';
