package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the 91,599 regions of Kepmendagri No. 300.2.2-2430 Tahun 2025 from the CSV files in {@code wilayah/} (see
 * the README there). The files are streamed with {@code COPY ... FROM STDIN} into a staging table, then level, kind,
 * province and time zone are derived in one {@code INSERT ... SELECT}. The table (V2) has no foreign key or secondary
 * index yet; V4 adds them after the load.
 *
 * <p>The checksum covers the CSV files, so Flyway refuses to start if they were edited after this migration ran. A
 * new decree gets new files and a new migration.
 */
public class V3__Load_regions extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V3__Load_regions.class);

    private static final String DATA_FOLDER = "wilayah/";

    /** File and its columns, parents before children. */
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("provinces.csv", "code, name");
        FILES.put("regencies.csv", "code, parent_code, name");
        FILES.put("districts.csv", "code, parent_code, name");
        FILES.put("villages.csv", "code, parent_code, name");
    }

    private static final String WIB = "Asia/Jakarta";
    private static final String WITA = "Asia/Makassar";
    private static final String WIT = "Asia/Jayapura";

    /** Every province's zone (Keppres No. 41 Tahun 1987); a province missing here stops the migration. */
    private static final Map<String, List<String>> PROVINCES_BY_ZONE = Map.of(
            // Sumatra, Riau Islands, Java, Kalimantan Barat and Kalimantan Tengah
            WIB,
                    List.of(
                            "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35",
                            "36", "61", "62"),
            // Bali, Nusa Tenggara, Kalimantan Selatan/Timur/Utara, Sulawesi
            WITA, List.of("51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"),
            // Maluku, Maluku Utara, Papua
            WIT, List.of("81", "82", "91", "92", "93", "94", "95", "96"));

    private static final String INSERT_REGIONS =
            """
            insert into region (code, parent_code, level, kind, name, province_code, time_zone)
            select i.code,
                   i.parent_code,
                   case length(i.code)
                       when 2 then 'PROVINSI' when 5 then 'KABUPATEN_KOTA' when 8 then 'KECAMATAN' when 13 then 'DESA'
                   end,
                   case
                       when length(i.code) = 5 and substr(i.code, 4, 2) between '01' and '69' then 'KABUPATEN'
                       when length(i.code) = 5 and substr(i.code, 4, 2) between '71' and '99' then 'KOTA'
                       when length(i.code) = 13 and substr(i.code, 10, 1) = '1' then 'KELURAHAN'
                       when length(i.code) = 13 and substr(i.code, 10, 1) = '2' then 'DESA'
                       when length(i.code) = 13 and substr(i.code, 10, 1) = '3' then 'DESA_ADAT'
                   end,
                   i.name,
                   left(i.code, 2),
                   zone.time_zone
            from region_import i
            left join unnest(?::text[], ?::text[]) as zone (province_code, time_zone)
                   on zone.province_code = left(i.code, 2)
            order by i.code
            """;

    @Override
    public void migrate(Context context) throws Exception {
        long started = System.nanoTime();
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table region_import (code varchar(13) not null,"
                    + " parent_code varchar(13), name varchar(100) not null) on commit drop");
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            try (InputStream csv = open(file.getKey())) {
                copy.copyIn(
                        "copy region_import (" + file.getValue() + ") from stdin with (format csv, header true)", csv);
            }
        }
        refuseProvincesWithoutZone(connection);

        List<String> provinces = new ArrayList<>();
        List<String> zones = new ArrayList<>();
        PROVINCES_BY_ZONE.forEach((zone, codes) -> codes.forEach(code -> {
            provinces.add(code);
            zones.add(zone);
        }));
        int loaded;
        try (PreparedStatement insert = connection.prepareStatement(INSERT_REGIONS)) {
            Array provinceArray = connection.createArrayOf("text", provinces.toArray());
            Array zoneArray = connection.createArrayOf("text", zones.toArray());
            insert.setArray(1, provinceArray);
            insert.setArray(2, zoneArray);
            loaded = insert.executeUpdate();
        }
        log.info("Loaded {} regions in {} ms", loaded, (System.nanoTime() - started) / 1_000_000);
    }

    private static void refuseProvincesWithoutZone(Connection connection) throws SQLException {
        List<String> known =
                PROVINCES_BY_ZONE.values().stream().flatMap(List::stream).toList();
        try (PreparedStatement query = connection.prepareStatement(
                "select code from region_import where length(code) = 2 and code <> all(?::text[]) order by code")) {
            query.setArray(1, connection.createArrayOf("text", known.toArray()));
            List<String> missing = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    missing.add(rows.getString(1));
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("No time zone for provinces " + missing);
            }
        }
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        for (String file : FILES.keySet()) {
            try (InputStream in = open(file)) {
                for (int read; (read = in.read(buffer)) > 0; ) {
                    crc.update(buffer, 0, read);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return (int) crc.getValue();
    }

    private static InputStream open(String file) {
        InputStream in = V3__Load_regions.class.getClassLoader().getResourceAsStream(DATA_FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("Region data " + DATA_FOLDER + file + " is not on the classpath");
        }
        return in;
    }
}
