-- Recounts every row of the dashboard's rollups (dashboard_count, migrations V11 and V12) from the reports, the
-- history and the registry, written plainly (no function of the migrations), and prints how many rows differ: 0 when
-- the triggers kept the counts right. Takes a minute or two at 1,000,000 reports.
--   psql -h localhost -p <embedded port, see target/bench/app.log> -U postgres -d postgres -f bench/dashboard-check.sql
\timing on
set max_parallel_workers_per_gather = 2;
set work_mem = '256MB';

with located as (
    select r.*, (r.observed_at at time zone z.time_zone)::date as day
      from report r join region z on z.code = r.province_code
),
entries as (
    select l.day, l.province_code, l.regency_code, d.dimension, d.value
      from located l
     cross join lateral (values ('TOTAL', ''), ('STATUS', l.status), ('NATIONALITY', l.nationality::varchar),
                                ('PERMIT', l.permit_type), ('SOURCE', l.source)) as d(dimension, value)
    union all
    select day, province_code, regency_code, 'ACTIVITY', a
      from (select distinct l.id, l.day, l.province_code, l.regency_code, a
              from located l cross join unnest(l.activities) a) x
    union all
    select day, province_code, regency_code, 'INDICATION', i
      from (select distinct l.id, l.day, l.province_code, l.regency_code, i
              from located l cross join unnest(l.indications) i) x
    union all
    select l.day, l.province_code, l.regency_code, 'VERIFY',
           (case when h < 48 then greatest(h, 0) else h / 24 * 24 end)::varchar
      from located l
      join report_status_change s on s.report_id = l.id and s.to_status = 'TERVERIFIKASI'
     cross join lateral (select floor(extract(epoch from s.changed_at - l.created_at) / 3600)::int as h) hours
    union all
    select (latest.observed_at at time zone z.time_zone)::date, latest.province_code, latest.regency_code, 'OVERSTAY', ''
      from subject s
     cross join lateral (select r.* from report r where r.subject_id = s.id
                          order by r.observed_at desc, r.id desc limit 1) latest
      join region z on z.code = latest.province_code
     where s.permit_expiry < (s.last_seen_at at time zone 'Asia/Jakarta')::date
),
per_day as (
    select day, province_code, regency_code, dimension, value, count(*) as n
      from entries group by 1, 2, 3, 4, 5
),
expected as (
    select province_code as region_code, 'D' as grain, dimension, day as period, value, sum(n) as n
      from per_day group by 1, 2, 3, 4, 5
    union all
    select regency_code, 'D', dimension, day, value, sum(n) from per_day group by 1, 2, 3, 4, 5
    union all
    select province_code, 'M', dimension, date_trunc('month', day::timestamp)::date, value, sum(n)
      from per_day group by 1, 2, 3, 4, 5
    union all
    select regency_code, 'M', dimension, date_trunc('month', day::timestamp)::date, value, sum(n)
      from per_day group by 1, 2, 3, 4, 5
),
kept as (
    select region_code, grain::text as grain, dimension, period, value, n from dashboard_count where n <> 0
)
select count(*) filter (where e.n is distinct from k.n) as rows_that_differ,
       count(e.n) as rows_expected,
       count(k.n) as rows_kept,
       coalesce(sum(e.n) filter (where e.dimension = 'TOTAL' and e.grain = 'M' and length(e.region_code) = 2), 0)
           as reports_counted
  from expected e
  full join kept k using (region_code, grain, dimension, period, value);
