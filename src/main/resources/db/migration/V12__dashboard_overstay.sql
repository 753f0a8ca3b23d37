-- Dashboard (dashboard/ feature): people with the overstay signal, counted where and when they were last seen.
--
-- The registry's overstay signal (subject/Overstay.java) says a person's latest known permit had expired on the day of
-- their latest sighting. The dashboard counts each such person once, at the day and place of that latest sighting,
-- which makes the count additive over days and regions: it goes into dashboard_count (dimension OVERSTAY) like the
-- report counts of V11. dashboard_overstay remembers where each person is counted, so that a change (a new sighting, a
-- corrected permit, a merge) can take them away from there and count them anew.

create table dashboard_overstay (
    subject_id    bigint     primary key,
    day           date       not null,
    province_code varchar(2) not null,
    regency_code  varchar(5) not null,
    district_code varchar(8) not null
);
-- The kecamatan figures, which are counted from here rather than from the rollups.
create index dashboard_overstay_district_idx on dashboard_overstay (district_code, day);

-- Counts these people anew. The rule must stay the one of subject/Overstay.SQL (a test compares the two).
create function dashboard_overstay_refresh(subject_ids bigint[]) returns void language plpgsql as $$
begin
    if subject_ids is null or cardinality(subject_ids) = 0 then
        return;
    end if;
    with gone as (
        delete from dashboard_overstay o using unnest(subject_ids) as ids(id)
         where o.subject_id = ids.id
        returning o.day, o.regency_code
    )
    insert into dashboard_count as c (region_code, grain, dimension, period, value, n)
    select k.region_code, k.grain, 'OVERSTAY', k.period, '', -count(*)
      from gone g
     cross join lateral dashboard_count_keys(g.day, g.regency_code) k
     group by 1, 2, 3, 4, 5
     order by 1, 2, 3, 4, 5
    on conflict on constraint dashboard_count_pkey do update set n = c.n + excluded.n;

    with counted as (
        insert into dashboard_overstay (subject_id, day, province_code, regency_code, district_code)
        select s.id, latest.day, latest.province_code, latest.regency_code, latest.district_code
          from (select distinct unnest(subject_ids) as id) ids
          join subject s on s.id = ids.id
         cross join lateral (
               select (r.observed_at at time zone z.time_zone)::date as day, r.province_code, r.regency_code,
                      r.district_code
                 from report r
                 join region z on z.code = r.province_code
                where r.subject_id = s.id
                order by r.observed_at desc, r.id desc
                limit 1) latest
         where s.permit_expiry < (s.last_seen_at at time zone 'Asia/Jakarta')::date
        returning day, regency_code
    )
    insert into dashboard_count as c (region_code, grain, dimension, period, value, n)
    select k.region_code, k.grain, 'OVERSTAY', k.period, '', count(*)
      from counted g
     cross join lateral dashboard_count_keys(g.day, g.regency_code) k
     group by 1, 2, 3, 4, 5
     order by 1, 2, 3, 4, 5
    on conflict on constraint dashboard_count_pkey do update set n = c.n + excluded.n;
end
$$;

-- A person's latest sighting changes with the reports linked to them: a report linked or unlinked, moved in time or
-- place, added or deleted.
create function dashboard_overstay_reports_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform dashboard_overstay_refresh(array(
            select distinct subject_id from new_rows where subject_id is not null));
    elsif tg_op = 'DELETE' then
        perform dashboard_overstay_refresh(array(
            select distinct subject_id from old_rows where subject_id is not null));
    else
        perform dashboard_overstay_refresh(array(
            select distinct changed.subject_id
              from old_rows o
              join new_rows n on n.id = o.id
             cross join lateral (values (o.subject_id), (n.subject_id)) as changed(subject_id)
             where changed.subject_id is not null
               and (o.subject_id, o.observed_at, o.region_code) is distinct from (n.subject_id, n.observed_at, n.region_code)));
    end if;
    return null;
end
$$;

-- ... and the signal with the person's permit and last sighting as the registry keeps them.
create function dashboard_overstay_subjects_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform dashboard_overstay_refresh(array(select id from new_rows));
    elsif tg_op = 'DELETE' then
        perform dashboard_overstay_refresh(array(select id from old_rows));
    else
        perform dashboard_overstay_refresh(array(
            select n.id from old_rows o join new_rows n on n.id = o.id
             where (o.permit_expiry, o.last_seen_at) is distinct from (n.permit_expiry, n.last_seen_at)));
    end if;
    return null;
end
$$;

create function dashboard_overstay_cleared() returns trigger language plpgsql as $$
begin
    delete from dashboard_overstay;
    delete from dashboard_count where dimension = 'OVERSTAY';
    return null;
end
$$;

-- The people already in the registry.
select dashboard_overstay_refresh(array(
    select s.id from subject s where s.permit_expiry < (s.last_seen_at at time zone 'Asia/Jakarta')::date));

create trigger dashboard_overstay_report_inserted after insert on report
    referencing new table as new_rows for each statement execute function dashboard_overstay_reports_changed();
create trigger dashboard_overstay_report_updated after update on report
    referencing old table as old_rows new table as new_rows
    for each statement execute function dashboard_overstay_reports_changed();
create trigger dashboard_overstay_report_deleted after delete on report
    referencing old table as old_rows for each statement execute function dashboard_overstay_reports_changed();

create trigger dashboard_overstay_subject_inserted after insert on subject
    referencing new table as new_rows for each statement execute function dashboard_overstay_subjects_changed();
create trigger dashboard_overstay_subject_updated after update on subject
    referencing old table as old_rows new table as new_rows
    for each statement execute function dashboard_overstay_subjects_changed();
create trigger dashboard_overstay_subject_deleted after delete on subject
    referencing old table as old_rows for each statement execute function dashboard_overstay_subjects_changed();
create trigger dashboard_overstay_report_truncated after truncate on report
    for each statement execute function dashboard_overstay_cleared();
create trigger dashboard_overstay_subject_truncated after truncate on subject
    for each statement execute function dashboard_overstay_cleared();

analyze dashboard_overstay;
analyze dashboard_count;
