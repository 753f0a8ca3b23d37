package id.timpora.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Synthetic sighting reports, made set-wise in SQL so that a million rows take a minute instead of hours: each
 * reporting account gets an equal share, seen in villages of its agency's jurisdiction, with a plausible mix of
 * nationalities, permits, activities, statuses, follow-ups, and repeat sightings of the same people.
 */
@Component
@Profile("demo")
class ReportGenerator {

    private static final Logger log = LoggerFactory.getLogger(ReportGenerator.class);

    private final JdbcClient jdbc;

    ReportGenerator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public int generate(int count) {
        long started = System.nanoTime();
        int inserted = jdbc.sql(INSERT_REPORTS).param("count", count).update();
        for (String statement : AFTERWARDS) {
            jdbc.sql(statement).update();
        }
        jdbc.sql("analyze report").update();
        jdbc.sql("analyze subject").update();
        log.info("Generated {} reports in {} ms", inserted, (System.nanoTime() - started) / 1_000_000);
        return inserted;
    }

    /**
     * One row per report. A third of the rows come from a pool of recurring people (one per eight reports) (same passport, nationality
     * and name each time), so the registry has people with many sightings.
     */
    private static final String INSERT_REPORTS =
            """
            with pools as (
                select row_number() over (order by u.id, ar.region_code) as n, u.id as reporter_id, u.agency_id,
                       (select array_agg(r.code) from region r
                         where r.level = 'DESA' and r.code like ar.region_code || '.%') as villages
                  from app_user u join agency_region ar on ar.agency_id = u.agency_id
                 where u.role in ('REPORTER', 'OFFICER') and u.enabled
            ),
            pool_count as (select count(*) as c from pools),
            vocab as (
                select array['CN','CN','CN','CN','MY','MY','MY','AU','AU','US','US','IN','IN','KR','JP','NL','DE','GB',
                             'FR','RU','SG','PH','TH','VN','SA','TL','PG','BD','PK','NG'] as nationalities,
                       array['Li Wei','Zhang Min','Wang Fang','Chen Jie','Liu Yang','Ahmad Faiz','Nur Aisyah binti Kamal',
                             'Tan Wei Ming','James Wilson','Sarah Thompson','Michael Brown','Emily Davis','Rajesh Kumar',
                             'Priya Sharma','Kim Min-jun','Park Ji-yeon','Takashi Yamamoto','Jan de Vries','Lukas Müller',
                             'Oliver Smith','Pierre Dubois','Ivan Petrov','Lim Kok Wai','Maria Santos','Somchai Wongsa',
                             'Nguyen Van Minh','Abdullah Al-Harbi','Joao da Costa','Peter Kila','Mohammad Rahman',
                             'Muhammad Rizwan','Chinedu Okafor','Wu Xiaoling','Huang Lei','Anna Kowalski'] as names,
                       array['BEBAS_VISA','VISA_ON_ARRIVAL','VISA_ON_ARRIVAL','VISA_KUNJUNGAN','ITK','ITAS','ITAS','ITAS',
                             'ITAP','DIPLOMATIK_DINAS','TANPA_IZIN','TIDAK_DIKETAHUI','TIDAK_DIKETAHUI'] as permits,
                       array['PENGINAPAN','PENGINAPAN','TEMPAT_KERJA','TEMPAT_KERJA','TEMPAT_KERJA','TEMPAT_IBADAH',
                             'KAMPUS_SEKOLAH','RUMAH_TINGGAL','RUMAH_TINGGAL','KAPAL','TEMPAT_UMUM','TEMPAT_UMUM','LAINNYA'] as places,
                       array['WISATA','WISATA','WISATA','BEKERJA','BEKERJA','BEKERJA','BEKERJA','JURNALISTIK','PENELITIAN',
                             'LSM_ORMAS_ASING','KEAGAMAAN','PENDIDIKAN','BISNIS','BISNIS','KELUARGA','POLITIK_KAMPANYE',
                             'PENGUNGSI','AWAK_KAPAL','LAINNYA'] as activities,
                       array['TIDAK_ADA','TIDAK_ADA','TIDAK_ADA','TIDAK_ADA','OVERSTAY','OVERSTAY','PENYALAHGUNAAN_IZIN',
                             'PENYALAHGUNAAN_IZIN','TKA_ILEGAL','TKA_ILEGAL','TPPO','NARKOTIKA','PEMILU',
                             'JURNALIS_TANPA_IZIN','ORMAS_ASING_TANPA_IZIN','LAINNYA'] as indications,
                       array['PATROLI','PATROLI','PATROLI','LAPORAN_MASYARAKAT','LAPORAN_MASYARAKAT','APOA','APOA',
                             'PERUSAHAAN_SPONSOR','INSTANSI_LAIN','MEDIA','OPERASI_GABUNGAN'] as sources,
                       array['BARU','BARU','DITELAAH','DITELAAH','TERVERIFIKASI','TERVERIFIKASI','TERVERIFIKASI',
                             'DITOLAK','TINDAK_LANJUT','TINDAK_LANJUT','SELESAI','SELESAI','SELESAI'] as statuses,
                       array['PT Sawit Makmur Abadi','PT Tambang Nusantara','CV Bahari Jaya','Hotel Melati Indah',
                             'Yayasan Kasih Sesama','PT Konstruksi Samudra','Universitas Tanjungpura','PT Smelter Timur',
                             null, null, null] as sponsors,
                       array['Mandor','Teknisi','Insinyur','Wisatawan','Dosen tamu','Pengusaha','Rohaniwan',
                             'Jurnalis','Peneliti','Awak kapal', null] as occupations
            ),
            rows as (
                select g,
                       random() < 0.34 as recurring,
                       ((g::bigint * 7919) % greatest(100, :count::int / 8))::int as person,
                       random() as r1, random() as r2, random() as r3, random() as r4, random() as r5, random() as r6,
                       random() as r7, random() as r8, random() as r9
                  from generate_series(1, :count) g
            )
            insert into report (status, full_name, nationality, sex, birth_date, approximate_age, passport_number,
                                permit_type, permit_number, permit_expiry, sponsor, occupation, observed_at,
                                region_code, province_code, regency_code, district_code, address, place_type,
                                activities, indications, source, narrative, reporter_id, reporting_agency_id,
                                rejection_reason, created_at, updated_at)
            select s.status, s.full_name, s.nationality, s.sex, s.birth_date, null, s.passport,
                   s.permit, case when s.permit in ('ITAS','ITAP','ITK') then '2C' || lpad((s.g % 99999)::text, 5, '0') end,
                   case when s.permit not in ('TANPA_IZIN','TIDAK_DIKETAHUI') then (s.observed - interval '200 days'
                        + (s.r3 * 500)::int * interval '1 day')::date end,
                   s.sponsor, s.occupation, s.observed,
                   s.village, substr(s.village, 1, 2), substr(s.village, 1, 5), substr(s.village, 1, 8),
                   'Jl. ' || (array['Merdeka','Sudirman','Ahmad Yani','Diponegoro','Gajah Mada','Pahlawan'])[1 + (s.g % 6)]
                       || ' No. ' || (1 + s.g % 120),
                   s.place, s.activities, s.indications, s.source,
                   'Orang asing terlihat ' || lower(replace(s.place, '_', ' ')) || ' pada saat patroli rutin.',
                   s.reporter_id, s.agency_id,
                   case when s.status = 'DITOLAK' then 'TIDAK_VALID' end,
                   s.observed + interval '2 hours', s.observed + interval '2 hours'
              from (
                select r.g, r.r3,
                       v.statuses[1 + floor(r.r1 * array_length(v.statuses, 1))::int] as status,
                       case when r.recurring then v.names[1 + r.person % array_length(v.names, 1)]
                            else v.names[1 + floor(r.r2 * array_length(v.names, 1))::int] end as full_name,
                       case when r.recurring then v.nationalities[1 + r.person % array_length(v.nationalities, 1)]
                            else v.nationalities[1 + floor(r.r4 * array_length(v.nationalities, 1))::int] end as nationality,
                       case when r.r5 < 0.7 then 'LAKI_LAKI' else 'PEREMPUAN' end as sex,
                       case when r.recurring then date '1960-01-01' + (r.person * 13 % 15000)
                            when r.r6 < 0.6 then date '1955-01-01' + floor(r.r6 * 20000)::int end as birth_date,
                       case when r.recurring then 'P' || lpad(r.person::text, 7, '0')
                            when r.r7 < 0.55 then upper(substr(md5(r.g::text), 1, 2)) || lpad((r.g % 9999999)::text, 7, '0')
                       end as passport,
                       v.permits[1 + floor(r.r8 * array_length(v.permits, 1))::int] as permit,
                       v.sponsors[1 + floor(r.r9 * array_length(v.sponsors, 1))::int] as sponsor,
                       v.occupations[1 + floor(r.r2 * array_length(v.occupations, 1))::int] as occupation,
                       now() - (r.r3 * 540)::int * interval '1 day' - (r.r5 * 86400)::int * interval '1 second' as observed,
                       p.villages[1 + floor(r.r6 * array_length(p.villages, 1))::int] as village,
                       v.places[1 + floor(r.r7 * array_length(v.places, 1))::int] as place,
                       array[v.activities[1 + floor(r.r8 * array_length(v.activities, 1))::int]]
                           || case when r.r9 < 0.25
                                    and v.activities[1 + floor(r.r8 * array_length(v.activities, 1))::int] <> 'BISNIS'
                                   then array['BISNIS'] else array[]::text[] end as activities,
                       case when r.r1 < 0.5 then array[]::text[]
                            else array[v.indications[1 + floor(r.r4 * array_length(v.indications, 1))::int]] end as indications,
                       v.sources[1 + floor(r.r5 * array_length(v.sources, 1))::int] as source,
                       p.reporter_id, p.agency_id
                  from rows r
                  cross join vocab v
                  cross join pool_count pc
                  join pools p on p.n = 1 + (r.g % pc.c)
              ) s
             where s.village is not null
            """;

    /** The history, follow-ups and subject links that the generated statuses and passports imply. */
    private static final List<String> AFTERWARDS = List.of(
            """
            insert into report_status_change (report_id, from_status, to_status, changed_by, changed_at, note)
            select r.id, step.from_status, step.to_status, r.reporter_id, r.created_at + step.after, null
              from report r
              join lateral (values
                    (null, 'BARU', interval '0', 0),
                    ('BARU', 'DITELAAH', interval '1 day', 1),
                    ('DITELAAH', case when r.status = 'DITOLAK' then 'DITOLAK' else 'TERVERIFIKASI' end, interval '3 days', 2),
                    ('TERVERIFIKASI', 'TINDAK_LANJUT', interval '6 days', 3),
                    ('TINDAK_LANJUT', 'SELESAI', interval '20 days', 4)
                ) as step(from_status, to_status, after, rank) on step.rank <= case r.status
                    when 'BARU' then 0 when 'DITELAAH' then 1 when 'DITOLAK' then 2 when 'TERVERIFIKASI' then 2
                    when 'TINDAK_LANJUT' then 3 else 4 end
             where not exists (select 1 from report_status_change c where c.report_id = r.id)
            """,
            """
            insert into follow_up (report_id, type, responsible_agency_id, action_date, outcome, created_by, created_at)
            select r.id,
                   (array['KLARIFIKASI','KLARIFIKASI','OPERASI_GABUNGAN','DEPORTASI','DETENSI','PEMBATASAN_IZIN',
                          'RUJUKAN','TIDAK_PERLU_TINDAKAN'])[1 + (r.id % 8)::int],
                   r.reporting_agency_id, (r.created_at + interval '7 days')::date,
                   'Subjek telah diklarifikasi dan dokumen diperiksa.', r.reporter_id, r.created_at + interval '7 days'
              from report r
             where r.status in ('TINDAK_LANJUT', 'SELESAI')
               and not exists (select 1 from follow_up f where f.report_id = r.id)
            """,
            """
            insert into subject (full_name, nationality, sex, birth_date, passport_number)
            select distinct on (nationality, passport_number) full_name, nationality, sex, birth_date, passport_number
              from report where passport_number is not null and subject_id is null
             order by nationality, passport_number, observed_at desc
            on conflict do nothing
            """,
            """
            update report r set subject_id = s.id
              from subject s
             where r.subject_id is null and r.passport_number is not null
               and s.nationality = r.nationality and s.passport_number = r.passport_number
            """,
            """
            update subject s set last_seen_at = latest.observed_at, permit_type = latest.permit_type,
                   permit_number = latest.permit_number, permit_expiry = latest.permit_expiry
              from (select distinct on (subject_id) subject_id, observed_at, permit_type, permit_number, permit_expiry
                      from report where subject_id is not null
                     order by subject_id, observed_at desc) latest
             where latest.subject_id = s.id
            """);
}
