-- Accounts. The agency link arrives with the administration feature; the bootstrap admin has none.
create table app_user (
    id                   bigint generated always as identity primary key,
    username             varchar(60)  not null,
    display_name         varchar(120) not null,
    password_hash        varchar(100) not null,
    role                 varchar(20)  not null check (role in ('ADMIN', 'OFFICER', 'REPORTER')),
    agency_id            bigint,
    enabled              boolean      not null default true,
    must_change_password boolean      not null default true,
    failed_attempts      integer      not null default 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    password_changed_at  timestamptz,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    version              integer      not null default 0
);
create unique index app_user_username_key on app_user (lower(username));

-- Append-only record of every processing of data (UU No. 27/2022 Pasal 31).
create table audit_log (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null default now(),
    actor_id    bigint,
    actor       varchar(60)  not null,
    action      varchar(40)  not null,
    target_type varchar(40),
    target_id   varchar(60),
    client_ip   varchar(45),
    detail      varchar(2000)
);
create index audit_log_occurred_at_idx on audit_log (occurred_at desc);
create index audit_log_target_idx on audit_log (target_type, target_id, occurred_at desc);
create index audit_log_actor_idx on audit_log (actor, occurred_at desc);
create index audit_log_action_idx on audit_log (action, occurred_at desc);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_log_no_update_delete
    before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_is_append_only();

-- Spring Session JDBC: sessions live in PostgreSQL so any app node can serve any user.
create table spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
