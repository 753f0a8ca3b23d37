-- Sign-in attempts per client (an IPv4 address or an IPv6 /64), so that password spraying (many user names, few
-- passwords, one client) is slowed down and then refused. In the database, so every app node counts the same.
create table sign_in_client (
    client            varchar(45) primary key,
    window_started_at timestamptz not null,
    failures          integer     not null default 0 check (failures >= 0),
    last_attempt_at   timestamptz not null,
    blocked_until     timestamptz
);
create index sign_in_client_last_attempt_idx on sign_in_client (last_attempt_at);
