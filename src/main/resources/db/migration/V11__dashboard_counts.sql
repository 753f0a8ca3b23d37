-- Dashboard rollups (dashboard/ feature; see docs/performance.md, "Dashboard").
--
-- Counts of reports per day and per month, per province and per kabupaten/kota, per value of each dimension the
-- dashboard shows. Statement-level triggers on report and report_status_change keep them current in the same
-- transaction as the change (a bulk insert of a million rows costs one aggregation, not a million row triggers), and
-- this migration fills them from the reports already there.
--
-- The day of a report is the date at the place it was seen: observed_at in the time zone of its province (region.
-- time_zone). Kecamatan are not rolled up: a kecamatan holds few reports, which the dashboard counts directly.

create table dashboard_count (
    -- a province (2 characters) or kabupaten/kota (5)
    region_code varchar(5)  not null,
    -- D: one day; M: one calendar month (period is its first day)
    grain       char(1)     not null check (grain in ('D', 'M')),
    -- TOTAL (value ''), STATUS, NATIONALITY, PERMIT, SOURCE, ACTIVITY, INDICATION (a report counts once under each of
    -- its activities and indications), VERIFY (reports verified, by the time from submission to verification)
    dimension   varchar(12) not null,
    period      date        not null,
    value       varchar(30) not null,
    -- Rows that fall to 0 are kept: their number is bounded by the keys ever used, and keeping them spares the
    -- triggers a second statement.
    n           integer     not null,
    constraint dashboard_count_pkey primary key (region_code, grain, dimension, period, value)
) with (fillfactor = 80); -- room on each page for HOT updates of n

-- The dimension values of one report: what it adds to the counts of its day and place.
create function dashboard_entries(p_status varchar, p_nationality char, p_permit_type varchar, p_source varchar,
                                  p_activities varchar[], p_indications varchar[])
    returns table (dimension varchar, value varchar)
    language sql immutable parallel safe
as $$
    select 'TOTAL'::varchar, ''::varchar
    union all select 'STATUS', p_status
    union all select 'NATIONALITY', p_nationality::varchar
    union all select 'PERMIT', p_permit_type
    union all select 'SOURCE', p_source
    -- each value once, even if an array holds it twice (as the list's "contains" filter counts it)
    union all select 'ACTIVITY', a from unnest(p_activities) with ordinality as activity(a, n)
               where array_position(p_activities, a) = n
    union all select 'INDICATION', i from unnest(p_indications) with ordinality as indication(i, n)
               where array_position(p_indications, i) = n
$$;

-- Time from submission to verification, in whole hours below two days and whole days (as hours) from then on: the
-- resolution of the median the dashboard shows. The median of these buckets equals the median of the same bucketing
-- over the reports themselves, which a test checks.
create function dashboard_verify_bucket(duration interval) returns varchar
    language sql immutable parallel safe
as $$
    select (case when h < 48 then greatest(h, 0) else (h / 24) * 24 end)::varchar
      from (select floor(extract(epoch from duration) / 3600)::int as h) hours
$$;

-- The four rows a day's count goes to: that day and its month, for the province and for the kabupaten/kota.
create function dashboard_count_keys(p_day date, p_regency_code varchar)
    returns table (region_code varchar, grain char, period date)
    language sql immutable parallel safe
as $$
    select left(p_regency_code, level.length)::varchar, grain.code::char,
           case grain.code when 'D' then p_day else date_trunc('month', p_day::timestamp)::date end
      from (values (2), (5)) as level(length)
     cross join (values ('D'), ('M')) as grain(code)
$$;

-- Every trigger below adds signed entries (day, regency, dimension, value, n) in key order, so that concurrent
-- transactions lock the count rows they share in the same order.

create function dashboard_count_report_inserted() returns trigger language plpgsql as $$
begin
    insert into dashboard_count as c (region_code, grain, dimension, period, value, n)
    select k.region_code, k.grain, e.dimension, k.period, e.value, sum(e.n)
      from (select (r.observed_at at time zone z.time_zone)::date as day, r.regency_code, d.dimension, d.value,
                   count(*)::int as n
              from new_rows r
              join region z on z.code = r.province_code
             cross join lateral dashboard_entries(r.status, r.nationality, r.permit_type, r.source, r.activities,
                                                  r.indications) d
             group by 1, 2, 3, 4) e
     cross join lateral dashboard_count_keys(e.day, e.regency_code) k
     group by 1, 2, 3, 4, 5
     order by 1, 2, 3, 4, 5
    on conflict on constraint dashboard_count_pkey do update set n = c.n + excluded.n;
    return null;
end
$$;

-- A report's status changes; a reporter corrects a new report (place, time, nationality, ...). Only rows whose counted
-- columns changed are looked at; the old entries are taken away and the new ones added. A verified report keeps its
-- verification bucket, which moves with it if its day or place changes.
create function dashboard_count_report_updated() returns trigger language plpgsql as $$
begin
    insert into dashboard_count as c (region_code, grain, dimension, period, value, n)
    select k.region_code, k.grain, e.dimension, k.period, e.value, sum(e.n)
      from (select (m.observed_at at time zone z.time_zone)::date as day, m.regency_code, d.dimension, d.value,
                   sum(m.sign)::int as n
              from (select -1 as sign, o.id, o.created_at, o.observed_at, o.province_code, o.regency_code, o.status,
                           o.nationality, o.permit_type, o.source, o.activities, o.indications
                      from old_rows o join new_rows n on n.id = o.id
                     where (o.status, o.nationality, o.permit_type, o.source, o.activities, o.indications,
                            o.observed_at, o.region_code)
                           is distinct from
                           (n.status, n.nationality, n.permit_type, n.source, n.activities, n.indications,
                            n.observed_at, n.region_code)
                    union all
                    select 1, n.id, n.created_at, n.observed_at, n.province_code, n.regency_code, n.status,
                           n.nationality, n.permit_type, n.source, n.activities, n.indications
                      from old_rows o join new_rows n on n.id = o.id
                     where (o.status, o.nationality, o.permit_type, o.source, o.activities, o.indications,
                            o.observed_at, o.region_code)
                           is distinct from
                           (n.status, n.nationality, n.permit_type, n.source, n.activities, n.indications,
                            n.observed_at, n.region_code)) m
              join region z on z.code = m.province_code
             cross join lateral (
                   select * from dashboard_entries(m.status, m.nationality, m.permit_type, m.source, m.activities,
                                                   m.indications)
                   union all
                   select 'VERIFY', dashboard_verify_bucket(s.changed_at - m.created_at)
                     from report_status_change s
                    where s.report_id = m.id and s.to_status = 'TERVERIFIKASI') d
             group by 1, 2, 3, 4) e
     cross join lateral dashboard_count_keys(e.day, e.regency_code) k
     group by 1, 2, 3, 4, 5
    having sum(e.n) <> 0
     order by 1, 2, 3, 4, 5
    on conflict on constraint dashboard_count_pkey do update set n = c.n + excluded.n;
    return null;
end
$$;

-- A report can only be deleted after its history (foreign key), whose trigger has already taken its verification away.
create function dashboard_count_report_deleted() returns trigger language plpgsql as $$
begin
    insert into dashboard_count as c (region_code, grain, dimension, period, value, n)
    select k.region_code, k.grain, e.dimension, k.period, e.value, sum(e.n)
      from (select (r.observed_at at time zone z.time_zone)::date as day, r.regency_code, d.dimension, d.value,
                   -count(*)::int as n
              from old_rows r
              join region z on z.code = r.province_code
             cross join lateral dashboard_entries(r.status, r.nationality, r.permit_type, r.source, r.activities,
                                                  r.indications) d
             group by 1, 2, 3, 4) e
     cross join lateral dashboard_count_keys(e.day, e.regency_code) k
     group by 1, 2, 3, 4, 5
     order by 1, 2, 3, 4, 5
    on conflict on constraint dashboard_count_pkey do update set n = c.n + excluded.n;
    return null;
end
$$;

-- Verification is a row of the report's history (to TERVERIFIKASI); its time is measured from the report's submission.
-- History rows are only added, or deleted with their report; an edit is handled all the same (old out, new in).
create function dashboard_count_verification() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into dashboard_count as c (region_code, grain, dimension, period, value, n)
        select k.region_code, k.grain, e.dimension, k.period, e.value, sum(e.n)
          from (select (r.observed_at at time zone z.time_zone)::date as day, r.regency_code,
                       'VERIFY'::varchar as dimension, dashboard_verify_bucket(s.changed_at - r.created_at) as value,
                       count(*)::int as n
                  from new_rows s
                  join report r on r.id = s.report_id
                  join region z on z.code = r.province_code
                 where s.to_status = 'TERVERIFIKASI'
                 group by 1, 2, 3, 4) e
         cross join lateral dashboard_count_keys(e.day, e.regency_code) k
         group by 1, 2, 3, 4, 5
         order by 1, 2, 3, 4, 5
        on conflict on constraint dashboard_count_pkey do update set n = c.n + excluded.n;
    elsif tg_op = 'DELETE' then
        insert into dashboard_count as c (region_code, grain, dimension, period, value, n)
        select k.region_code, k.grain, e.dimension, k.period, e.value, sum(e.n)
          from (select (r.observed_at at time zone z.time_zone)::date as day, r.regency_code,
                       'VERIFY'::varchar as dimension, dashboard_verify_bucket(s.changed_at - r.created_at) as value,
                       -count(*)::int as n
                  from old_rows s
                  join report r on r.id = s.report_id
                  join region z on z.code = r.province_code
                 where s.to_status = 'TERVERIFIKASI'
                 group by 1, 2, 3, 4) e
         cross join lateral dashboard_count_keys(e.day, e.regency_code) k
         group by 1, 2, 3, 4, 5
         order by 1, 2, 3, 4, 5
        on conflict on constraint dashboard_count_pkey do update set n = c.n + excluded.n;
    else
        insert into dashboard_count as c (region_code, grain, dimension, period, value, n)
        select k.region_code, k.grain, e.dimension, k.period, e.value, sum(e.n)
          from (select (r.observed_at at time zone z.time_zone)::date as day, r.regency_code,
                       'VERIFY'::varchar as dimension, dashboard_verify_bucket(s.changed_at - r.created_at) as value,
                       sum(s.sign)::int as n
                  from (select -1 as sign, report_id, to_status, changed_at from old_rows
                        union all
                        select 1, report_id, to_status, changed_at from new_rows) s
                  join report r on r.id = s.report_id
                  join region z on z.code = r.province_code
                 where s.to_status = 'TERVERIFIKASI'
                 group by 1, 2, 3, 4) e
         cross join lateral dashboard_count_keys(e.day, e.regency_code) k
         group by 1, 2, 3, 4, 5
        having sum(e.n) <> 0
         order by 1, 2, 3, 4, 5
        on conflict on constraint dashboard_count_pkey do update set n = c.n + excluded.n;
    end if;
    return null;
end
$$;

create function dashboard_count_cleared() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'report' then
        delete from dashboard_count;
    else
        delete from dashboard_count where dimension = 'VERIFY';
    end if;
    return null;
end
$$;

-- The counts of the reports already there (the same entries the triggers add).
insert into dashboard_count (region_code, grain, dimension, period, value, n)
select k.region_code, k.grain, e.dimension, k.period, e.value, sum(e.n)
  from (select (r.observed_at at time zone z.time_zone)::date as day, r.regency_code, d.dimension, d.value,
               count(*)::int as n
          from report r
          join region z on z.code = r.province_code
         cross join lateral dashboard_entries(r.status, r.nationality, r.permit_type, r.source, r.activities,
                                              r.indications) d
         group by 1, 2, 3, 4
        union all
        select (r.observed_at at time zone z.time_zone)::date, r.regency_code, 'VERIFY',
               dashboard_verify_bucket(s.changed_at - r.created_at), count(*)::int
          from report_status_change s
          join report r on r.id = s.report_id
          join region z on z.code = r.province_code
         where s.to_status = 'TERVERIFIKASI'
         group by 1, 2, 3, 4) e
 cross join lateral dashboard_count_keys(e.day, e.regency_code) k
 group by 1, 2, 3, 4, 5;

-- Kecamatan are counted from the reports: their verification times from the history, found by report without
-- reading the history rows themselves.
create index report_status_change_verified_idx on report_status_change (report_id) include (changed_at)
    where to_status = 'TERVERIFIKASI';

create trigger dashboard_count_report_inserted after insert on report
    referencing new table as new_rows for each statement execute function dashboard_count_report_inserted();
create trigger dashboard_count_report_updated after update on report
    referencing old table as old_rows new table as new_rows
    for each statement execute function dashboard_count_report_updated();
create trigger dashboard_count_report_deleted after delete on report
    referencing old table as old_rows for each statement execute function dashboard_count_report_deleted();
create trigger dashboard_count_report_truncated after truncate on report
    for each statement execute function dashboard_count_cleared();

create trigger dashboard_count_verification_inserted after insert on report_status_change
    referencing new table as new_rows for each statement execute function dashboard_count_verification();
create trigger dashboard_count_verification_deleted after delete on report_status_change
    referencing old table as old_rows for each statement execute function dashboard_count_verification();
create trigger dashboard_count_verification_updated after update on report_status_change
    referencing old table as old_rows new table as new_rows
    for each statement execute function dashboard_count_verification();
create trigger dashboard_count_history_truncated after truncate on report_status_change
    for each statement execute function dashboard_count_cleared();

analyze dashboard_count;
