package id.timpora.infrastructure.bulk;

import java.util.List;
import java.util.Map;

/** A guest list as a feature would describe it, for the mechanism's own tests. */
final class TestSpecs {

    private TestSpecs() {}

    static BulkSpec guests() {
        return new BulkSpec(
                "Daftar tamu (uji)",
                List.of(
                        BulkColumn.text("name", "Nama Lengkap", 100).required().example("ANNA MARIA ERIKSSON"),
                        BulkColumn.country("nationality", "Kewarganegaraan")
                                .required()
                                .example("Swedia"),
                        BulkColumn.choice(
                                        "sex",
                                        "Jenis Kelamin",
                                        Map.of(
                                                "MALE",
                                                List.of("Laki-laki", "L", "M"),
                                                "FEMALE",
                                                List.of("Perempuan", "P", "F")))
                                .example("Perempuan"),
                        BulkColumn.date("birth", "Tanggal Lahir").example("1974-08-12"),
                        BulkColumn.text("passport", "Nomor Paspor", 20)
                                .required()
                                .example("L898902C3"),
                        BulkColumn.date("passportExpiry", "Masa Berlaku Paspor"),
                        BulkColumn.dateTime("checkIn", "Waktu Check-in").required()),
                (row, problems) -> {
                    if (row.date("birth") != null
                            && row.dateTime("checkIn") != null
                            && row.date("birth").isAfter(row.dateTime("checkIn").toLocalDate())) {
                        problems.add("birth", "test.birthAfterCheckIn", null);
                    }
                });
    }
}
