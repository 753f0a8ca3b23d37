-- The registry (subject/ feature) as one province or one kabupaten sees it: per person and area, how many of the
-- person's reports lie there, when the person was last seen there, the latest permit those reports know and whether it
-- had expired on that day (the overstay rule of subject/Overstay.java, applied to the area's reports only). The
-- registry list of a user whose jurisdiction is one province or one kabupaten reads these rows instead of grouping
-- the area's reports on every page (#10): the order, the permit and the overstay filter come from an index.
--
-- Kept by triggers on report, like the dashboard's rollups: any change of a report's person, time, place or permit
-- refreshes that person's rows. The rows hold values derived from the area's reports only, so they never carry
-- anything from outside the area to a viewer of the area.
create table subject_area (
    area_code      varchar(5)  not null,
    subject_id     bigint      not null references subject (id) on delete cascade,
    reports        integer     not null,
    last_seen_at   timestamptz not null,
    permit_type    varchar(30),
    permit_number  varchar(50),
    permit_expiry  date,
    overstay       boolean     not null,
    primary key (area_code, subject_id)
);
create index subject_area_recent_idx on subject_area (area_code, last_seen_at desc, subject_id desc);
create index subject_area_overstay_idx on subject_area (area_code, last_seen_at desc, subject_id desc) where overstay;
create index subject_area_subject_idx on subject_area (subject_id);

-- Computes these people's rows anew from their reports. The permit rule is subject/SubjectQueries.latestPermit's: the
-- latest report that says anything about a permit, with the number of the latest report of the same permit when it
-- lacks one.
create function subject_area_refresh(subject_ids bigint[]) returns void language plpgsql as $$
begin
    delete from subject_area a using unnest(subject_ids) as ids(id) where a.subject_id = ids.id;
    insert into subject_area (area_code, subject_id, reports, last_seen_at, permit_type, permit_number,
                              permit_expiry, overstay)
    with seen as materialized (
        select r.id, r.subject_id, areas.area_code, r.observed_at, r.permit_type, r.permit_number, r.permit_expiry,
               (r.permit_type <> 'TIDAK_DIKETAHUI' or r.permit_number is not null or r.permit_expiry is not null)
                   as says_permit
          from unnest(subject_ids) as ids(id)
          join report r on r.subject_id = ids.id
         cross join lateral (values (r.province_code), (r.regency_code)) as areas(area_code)
    ), summary as (
        select subject_id, area_code, count(*) as reports, max(observed_at) as last_seen_at
          from seen group by subject_id, area_code
    ), permit as (
        select distinct on (subject_id, area_code) subject_id, area_code, permit_type, permit_number, permit_expiry
          from seen where says_permit
         order by subject_id, area_code, observed_at desc, id desc
    ), numbered as (
        select distinct on (subject_id, area_code, permit_type, coalesce(permit_expiry, 'infinity'::date))
               subject_id, area_code, permit_type, coalesce(permit_expiry, 'infinity'::date) as expiry_key,
               permit_number
          from seen where permit_number is not null
         order by subject_id, area_code, permit_type, coalesce(permit_expiry, 'infinity'::date), observed_at desc,
                  id desc
    )
    select s.area_code, s.subject_id, s.reports, s.last_seen_at, p.permit_type,
           coalesce(p.permit_number, n.permit_number), p.permit_expiry,
           coalesce(p.permit_expiry < (s.last_seen_at at time zone 'Asia/Jakarta')::date, false)
      from summary s
      left join permit p on p.subject_id = s.subject_id and p.area_code = s.area_code
      left join numbered n on n.subject_id = s.subject_id and n.area_code = s.area_code
                          and n.permit_type = p.permit_type
                          and n.expiry_key = coalesce(p.permit_expiry, 'infinity'::date);
end
$$;

create function subject_area_reports_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform subject_area_refresh(array(
            select distinct subject_id from new_rows where subject_id is not null));
    elsif tg_op = 'DELETE' then
        perform subject_area_refresh(array(
            select distinct subject_id from old_rows where subject_id is not null));
    else
        perform subject_area_refresh(array(
            select distinct changed.subject_id
              from old_rows o
              join new_rows n on n.id = o.id
             cross join lateral (values (o.subject_id), (n.subject_id)) as changed(subject_id)
             where changed.subject_id is not null
               and (o.subject_id, o.observed_at, o.province_code, o.regency_code, o.permit_type, o.permit_number,
                    o.permit_expiry)
                   is distinct from
                   (n.subject_id, n.observed_at, n.province_code, n.regency_code, n.permit_type, n.permit_number,
                    n.permit_expiry)));
    end if;
    return null;
end
$$;

create function subject_area_cleared() returns trigger language plpgsql as $$
begin
    delete from subject_area;
    return null;
end
$$;

-- The people already in the registry.
select subject_area_refresh(array(select id from subject order by id));

create trigger subject_area_report_inserted after insert on report
    referencing new table as new_rows for each statement execute function subject_area_reports_changed();
create trigger subject_area_report_updated after update on report
    referencing old table as old_rows new table as new_rows
    for each statement execute function subject_area_reports_changed();
create trigger subject_area_report_deleted after delete on report
    referencing old table as old_rows for each statement execute function subject_area_reports_changed();
create trigger subject_area_report_truncated after truncate on report
    for each statement execute function subject_area_cleared();

analyze subject_area;
