-- Operations: scheduled jobs once across nodes (ShedLock) and a tamper-evident audit log (hash chain).

-- One row per scheduled job; a node runs a job only while it holds the row (infrastructure/scheduling).
-- The times are written in UTC by the database itself (ShedLock's usingDbTime), so node clocks do not matter.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- The audit hash chain (audit/AuditChain.java verifies it).
--
-- Every audit row carries chain_seq (its place in the chain, 1, 2, 3, ... without gaps), prev_hash (the row_hash of
-- the row before it; 32 zero bytes for the first) and row_hash = sha256(prev_hash || canonical content). The
-- canonical content is every field of the row, each written as "-" when null or "<length>:<value>" (length in
-- characters), joined by "|", in this order: chain_seq, occurred_at (microseconds since 1970-01-01 UTC), actor_id,
-- actor, action, target_type, target_id, client_ip, detail. AuditChain.canonical() writes the same text in Java.
--
-- A row changed in place no longer matches its row_hash; a row removed leaves a gap in chain_seq; rows removed at the
-- end no longer reach audit_chain's head. Someone able to rewrite the whole table and the head together could forge
-- the chain, which is why the head is also written into every backup and the nightly check logs it.
alter table audit_log
    add column chain_seq bigint,
    add column prev_hash bytea,
    add column row_hash  bytea;

create function audit_log_field(value text) returns text language sql immutable parallel safe as $$
    select case when value is null then '-' else length(value) || ':' || value end
$$;

create function audit_log_digest(prev_hash bytea, chain_seq bigint, occurred_at timestamptz, actor_id bigint,
                                 actor varchar, action varchar, target_type varchar, target_id varchar,
                                 client_ip varchar, detail varchar)
    returns bytea language sql immutable parallel safe as $$
    select sha256(prev_hash || convert_to(concat_ws('|',
        audit_log_field(chain_seq::text),
        audit_log_field(((extract(epoch from occurred_at) * 1000000)::bigint)::text),
        audit_log_field(actor_id::text),
        audit_log_field(actor),
        audit_log_field(action),
        audit_log_field(target_type),
        audit_log_field(target_id),
        audit_log_field(client_ip),
        audit_log_field(detail)), 'UTF8'))
$$;

-- The head of the chain: the one row every append locks, so appends are serialised and the chain follows commit
-- order. The lock is held until the appending transaction ends; a transaction that rolls back takes its rows and
-- its move of the head with it, so the chain never has a hole. (Appends must run in READ COMMITTED, the default.)
create table audit_chain (
    id        smallint primary key check (id = 1),
    last_seq  bigint   not null,
    last_hash bytea    not null
);

-- The rows written before this migration join the chain in the order they were written.
alter table audit_log disable trigger audit_log_no_update_delete;
do $$
declare
    r    audit_log;
    seq  bigint := 0;
    hash bytea  := decode(repeat('00', 32), 'hex');
    prev bytea;
begin
    for r in select * from audit_log order by id loop
        seq := seq + 1;
        prev := hash;
        hash := audit_log_digest(prev, seq, r.occurred_at, r.actor_id, r.actor, r.action, r.target_type, r.target_id,
                                 r.client_ip, r.detail);
        update audit_log set chain_seq = seq, prev_hash = prev, row_hash = hash where id = r.id;
    end loop;
    insert into audit_chain (id, last_seq, last_hash) values (1, seq, hash);
end;
$$;
alter table audit_log enable trigger audit_log_no_update_delete;

alter table audit_log
    alter column chain_seq set not null,
    alter column prev_hash set not null,
    alter column row_hash  set not null;
create unique index audit_log_chain_seq_key on audit_log (chain_seq);

create function audit_log_chain() returns trigger language plpgsql as $$
declare
    head audit_chain;
begin
    select * into head from audit_chain where id = 1 for update;
    new.chain_seq := head.last_seq + 1;
    new.prev_hash := head.last_hash;
    new.row_hash := audit_log_digest(new.prev_hash, new.chain_seq, new.occurred_at, new.actor_id, new.actor,
                                     new.action, new.target_type, new.target_id, new.client_ip, new.detail);
    update audit_chain set last_seq = new.chain_seq, last_hash = new.row_hash where id = 1;
    return new;
end;
$$;
create trigger audit_log_chain before insert on audit_log for each row execute function audit_log_chain();

create function audit_chain_is_kept() returns trigger language plpgsql as $$
begin
    raise exception 'audit_chain keeps its head: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_chain_no_delete before delete on audit_chain
    for each row execute function audit_chain_is_kept();
create trigger audit_chain_no_truncate before truncate on audit_chain
    for each statement execute function audit_chain_is_kept();
