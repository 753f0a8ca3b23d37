package id.timpora.report.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.report.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The MRZ reader against the specimens of ICAO Doc 9303 (Part 4 TD3, Part 5 TD1, Part 6 TD2, Part 7 MRV-A/B), every
 * kind of wrong check digit, the special state codes and the quirks of typed or scanned input. The check digits of the
 * lines made up here were computed by an independent script, not by the class under test.
 */
class MrzTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    static final String TD3_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    static final String TD3_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    static final String TD1_1 = "I<UTOD231458907<<<<<<<<<<<<<<<";
    static final String TD1_2 = "7408122F1204159UTO<<<<<<<<<<<6";
    static final String TD1_3 = "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    static final String TD2_1 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<";
    static final String TD2_2 = "D231458907UTO7408122F1204159<<<<<<<6";
    static final String MRVA_1 = "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    static final String MRVA_2 = "L8988901C4XXX4009078F96121096ZE184226B<<<<<<";
    static final String MRVB_1 = "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<";
    static final String MRVB_2 = "L8988901C4XXX4009078F9612109<<<<<<<<";
    static final String GERMAN_1 = "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<";
    static final String GERMAN_2 = "C01X00T478D<<6408125F3107313<<<<<<<<<<<<<<04";
    static final String BRITISH_1 = "P<GBRSMITH<<JOHN<PAUL<<<<<<<<<<<<<<<<<<<<<<<";
    static final String BRITISH_2 = "9250764733GBD1503025M3001156<<<<<<<<<<<<<<02";
    static final String STATELESS_1 = "P<DEUAHMADI<<NAZANIN<<<<<<<<<<<<<<<<<<<<<<<<";
    static final String STATELESS_2 = "T220001293XXA8703156F2906014<<<<<<<<<<<<<<06";

    private final ResourceBundleMessageSource messages = messages();

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static MrzReading read(String... lines) {
        return Mrz.read(String.join("\n", lines), TODAY);
    }

    private List<String> problems(MrzReading reading) {
        return reading.problems().stream()
                .map(p -> messages.getMessage(p, Locale.forLanguageTag("id")))
                .toList();
    }

    private List<String> notes(MrzReading reading) {
        return reading.notes().stream()
                .map(p -> messages.getMessage(p, Locale.forLanguageTag("id")))
                .toList();
    }

    @Test
    void theTd3SpecimenReadsFieldByField() {
        MrzReading reading = read(TD3_1, TD3_2);

        assertThat(reading.valid()).isTrue();
        assertThat(reading.format()).isEqualTo(MrzFormat.TD3);
        assertThat(reading.kind()).isEqualTo(MrzDocumentKind.PASSPORT);
        assertThat(reading.documentCode()).isEqualTo("P");
        assertThat(reading.issuingState()).isEqualTo("UTO");
        assertThat(reading.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(reading.secondaryIdentifier()).isEqualTo("ANNA MARIA");
        assertThat(reading.fullName()).isEqualTo("ANNA MARIA ERIKSSON");
        assertThat(reading.nameTruncated()).isFalse();
        assertThat(reading.documentNumber()).isEqualTo("L898902C3");
        assertThat(reading.sex()).isEqualTo(Sex.PEREMPUAN);
        assertThat(reading.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(reading.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(reading.optionalData()).isEqualTo("ZE184226B");
        assertThat(reading.checks())
                .extracting(MrzCheck::part, MrzCheck::written, MrzCheck::ok)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mrz.part.documentNumber.PASSPORT", '6', true),
                        org.assertj.core.groups.Tuple.tuple("mrz.part.birthDate", '2', true),
                        org.assertj.core.groups.Tuple.tuple("mrz.part.expiryDate", '9', true),
                        org.assertj.core.groups.Tuple.tuple("mrz.part.optionalData", '1', true),
                        org.assertj.core.groups.Tuple.tuple("mrz.part.composite", '0', true));
        // Utopia is the specimen's fictional state: no country, said so once (issuer and nationality are the same).
        assertThat(reading.nationalityCode()).isEqualTo("UTO");
        assertThat(reading.nationality()).isNull();
        assertThat(notes(reading))
                .containsExactly(
                        "Dokumen sudah habis berlaku pada 15/04/2012.",
                        "Kode UTO (kewarganegaraan): Utopia, negara fiktif pada contoh dokumen ICAO 9303; tidak ada"
                                + " negara nyata, kewarganegaraan dibiarkan kosong.");
    }

    @Test
    void theCheckDigitFollowsSevenThreeOne() {
        assertThat(Mrz.checkDigit("L898902C3")).isEqualTo(6);
        assertThat(Mrz.checkDigit("740812")).isEqualTo(2);
        assertThat(Mrz.checkDigit("<<<<<<<<<<<<<<")).isZero();
        assertThat(Mrz.checkDigit("AB2134<<<")).isEqualTo(5);
        assertThat(Mrz.checkDigit("a")).isEqualTo(-1);
    }

    @Test
    void theTd1SpecimenReadsItsThreeLines() {
        MrzReading reading = read(TD1_1, TD1_2, TD1_3);

        assertThat(reading.valid()).as(problems(reading).toString()).isTrue();
        assertThat(reading.format()).isEqualTo(MrzFormat.TD1);
        assertThat(reading.kind()).isEqualTo(MrzDocumentKind.ID_CARD);
        assertThat(reading.documentNumber()).isEqualTo("D23145890");
        assertThat(reading.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(reading.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(reading.sex()).isEqualTo(Sex.PEREMPUAN);
        assertThat(reading.fullName()).isEqualTo("ANNA MARIA ERIKSSON");
        assertThat(reading.checks()).hasSize(4).allMatch(MrzCheck::ok);
    }

    @Test
    void aTd1DocumentNumberLongerThanNineCharactersOverflowsIntoTheOptionalData() {
        MrzReading reading = read(
                "I<UTOD23145890<7349<<<<<<<<<<<", "3407127M9507122UTO<<<<<<<<<<<2", "STEVENSON<<PETER<JOHN<<<<<<<<<");

        assertThat(reading.valid()).as(problems(reading).toString()).isTrue();
        assertThat(reading.documentNumber()).isEqualTo("D23145890734");
        assertThat(reading.checks().get(0).written()).isEqualTo('9');
        assertThat(reading.optionalData()).isEmpty();
        assertThat(reading.sex()).isEqualTo(Sex.LAKI_LAKI);
        assertThat(reading.birthDate()).isEqualTo(LocalDate.of(1934, 7, 12));
    }

    @Test
    void aTd2DocumentNumberOverflowsToo() {
        MrzReading reading = read("I<NLDDE<BRUIJN<<JAN<<<<<<<<<<<<<<<<<", "AB1234567<NLD8501019M30010198904<<<4");

        assertThat(reading.valid()).as(problems(reading).toString()).isTrue();
        assertThat(reading.documentNumber()).isEqualTo("AB1234567890");
        assertThat(reading.primaryIdentifier()).isEqualTo("DE BRUIJN");
        assertThat(reading.nationality()).isEqualTo("NL");
        // the overflow's own check digit, wrong
        assertThat(problems(read("I<NLDDE<BRUIJN<<JAN<<<<<<<<<<<<<<<<<", "AB1234567<NLD8501019M30010198905<<<4")))
                .first()
                .isEqualTo("Digit pemeriksa nomor dokumen salah: tertulis 5, seharusnya 4.");
    }

    @Test
    void theTd2SpecimenReadsWithItsCompositeDigit() {
        MrzReading reading = read(TD2_1, TD2_2);

        assertThat(reading.valid()).as(problems(reading).toString()).isTrue();
        assertThat(reading.format()).isEqualTo(MrzFormat.TD2);
        assertThat(reading.documentNumber()).isEqualTo("D23145890");
        assertThat(reading.fullName()).isEqualTo("ANNA MARIA ERIKSSON");
        assertThat(reading.checks()).extracting(MrzCheck::part).contains("mrz.part.composite");
    }

    @Test
    void visasHaveNoCompositeDigitAndXxxIsNoCountry() {
        MrzReading a = read(MRVA_1, MRVA_2);
        MrzReading b = read(MRVB_1, MRVB_2);

        assertThat(a.valid()).as(problems(a).toString()).isTrue();
        assertThat(a.format()).isEqualTo(MrzFormat.MRV_A);
        assertThat(a.kind()).isEqualTo(MrzDocumentKind.VISA);
        assertThat(a.documentNumber()).isEqualTo("L8988901C");
        assertThat(a.birthDate()).isEqualTo(LocalDate.of(1940, 9, 7));
        assertThat(a.expiryDate()).isEqualTo(LocalDate.of(1996, 12, 10));
        assertThat(a.checks()).extracting(MrzCheck::part).doesNotContain("mrz.part.composite");
        assertThat(a.nationality()).isNull();
        assertThat(notes(a)).anyMatch(note -> note.startsWith("Kode XXX (kewarganegaraan)"));
        assertThat(b.valid()).isTrue();
        assertThat(b.format()).isEqualTo(MrzFormat.MRV_B);
        assertThat(b.checks()).hasSize(3);
        assertThat(b.documentNumber()).isEqualTo("L8988901C");
    }

    @Test
    void eachWrongCheckDigitIsExplainedWithWhatWasWrittenAndWhatIsRight() {
        // passport number: 6 written as 5; the composite then fails too
        MrzReading number = read(TD3_1, "L898902C35UTO7408122F1204159ZE184226B<<<<<10");
        assertThat(number.valid()).isFalse();
        assertThat(problems(number))
                .containsExactly(
                        "Digit pemeriksa nomor paspor salah: tertulis 5, seharusnya 6.",
                        "Digit pemeriksa gabungan (komposit) salah: tertulis 0, seharusnya 3.");

        assertThat(problems(read(TD3_1, "L898902C36UTO7408123F1204159ZE184226B<<<<<10")))
                .first()
                .isEqualTo("Digit pemeriksa tanggal lahir salah: tertulis 3, seharusnya 2.");
        assertThat(problems(read(TD3_1, "L898902C36UTO7408122F1204158ZE184226B<<<<<10")))
                .first()
                .isEqualTo("Digit pemeriksa tanggal berlaku sampai salah: tertulis 8, seharusnya 9.");
        assertThat(problems(read(TD3_1, "L898902C36UTO7408122F1204159ZE184226B<<<<<20")))
                .first()
                .isEqualTo("Digit pemeriksa nomor pribadi (data opsional) salah: tertulis 2, seharusnya 1.");
        assertThat(problems(read(TD3_1, "L898902C36UTO7408122F1204159ZE184226B<<<<<11")))
                .containsExactly("Digit pemeriksa gabungan (komposit) salah: tertulis 1, seharusnya 0. Digit terakhir"
                        + " ini memeriksa nomor, tanggal dan data opsional sekaligus; periksa lagi setiap karakter"
                        + " baris terakhir.");
        // a changed character of the number itself (not the digit) is caught the same way
        assertThat(problems(read(TD3_1, "L898903C36UTO7408122F1204159ZE184226B<<<<<10")))
                .first()
                .asString()
                .startsWith("Digit pemeriksa nomor paspor salah: tertulis 6, seharusnya");
        // a card's document number
        assertThat(problems(read("I<UTOD231458908<<<<<<<<<<<<<<<", TD1_2, TD1_3)))
                .first()
                .isEqualTo("Digit pemeriksa nomor dokumen salah: tertulis 8, seharusnya 7.");
        // a visa's
        assertThat(problems(read(MRVA_1, "L8988901C5XXX4009078F96121096ZE184226B<<<<<<")))
                .containsExactly("Digit pemeriksa nomor visa salah: tertulis 5, seharusnya 4.");
        // and in English
        assertThat(messages.getMessage(number.problems().get(0), Locale.ENGLISH))
                .isEqualTo("The passport number check digit is wrong: written 5, expected 6.");
    }

    @Test
    void aGermanPassportWritesDWithFillers() {
        MrzReading reading = read(GERMAN_1, GERMAN_2);

        assertThat(reading.valid()).as(problems(reading).toString()).isTrue();
        assertThat(reading.issuingState()).isEqualTo("D");
        assertThat(reading.issuingCountry()).isEqualTo("DE");
        assertThat(reading.nationality()).isEqualTo("DE");
        assertThat(reading.documentNumber()).isEqualTo("C01X00T47");
        assertThat(reading.fullName()).isEqualTo("ERIKA MUSTERMANN");
        assertThat(reading.expiryDate()).isEqualTo(LocalDate.of(2031, 7, 31));
        assertThat(reading.notes()).isEmpty();
    }

    @Test
    void aBritishOverseasTerritoriesCitizenIsBritishAndAChildBornIn2015StaysIn2015() {
        MrzReading reading = read(BRITISH_1, BRITISH_2);

        assertThat(reading.valid()).as(problems(reading).toString()).isTrue();
        assertThat(reading.issuingCountry()).isEqualTo("GB");
        assertThat(reading.nationalityCode()).isEqualTo("GBD");
        assertThat(reading.nationality()).isEqualTo("GB");
        assertThat(notes(reading)).singleElement().asString().contains("British Overseas Territories Citizen");
        assertThat(reading.birthDate()).isEqualTo(LocalDate.of(2015, 3, 2));
        assertThat(reading.sex()).isEqualTo(Sex.LAKI_LAKI);
        assertThat(reading.expiryDate()).isEqualTo(LocalDate.of(2030, 1, 15));
    }

    @Test
    void aStatelessHolderHasNoCountryAndTheReasonIsGiven() {
        MrzReading reading = read(STATELESS_1, STATELESS_2);

        assertThat(reading.valid()).isTrue();
        assertThat(reading.issuingCountry()).isEqualTo("DE");
        assertThat(reading.nationalityCode()).isEqualTo("XXA");
        assertThat(reading.nationality()).isNull();
        assertThat(notes(reading)).singleElement().asString().contains("tanpa kewarganegaraan");
    }

    @Test
    void specialAndOrdinaryStateCodesMap() {
        assertThat(MrzCountries.of("IDN").country()).isEqualTo("ID");
        assertThat(MrzCountries.of("AUS").country()).isEqualTo("AU");
        assertThat(MrzCountries.of("CHN").country()).isEqualTo("CN");
        assertThat(MrzCountries.of("D<<").country()).isEqualTo("DE");
        assertThat(MrzCountries.of("GBR").country()).isEqualTo("GB");
        for (String british : List.of("GBD", "GBN", "GBO", "GBP", "GBS")) {
            assertThat(MrzCountries.of(british).country()).as(british).isEqualTo("GB");
            assertThat(MrzCountries.of(british).note()).as(british).isNotNull();
        }
        for (String none : List.of("UNO", "UNA", "UNK", "RKS", "EUE", "XXA", "XXB", "XXC", "XXX", "UTO", "XOM")) {
            assertThat(MrzCountries.of(none).country()).as(none).isNull();
            assertThat(MrzCountries.of(none).note()).as(none).isNotNull();
        }
        assertThat(MrzCountries.of("QQQ").known()).isFalse();
    }

    @Test
    void typedQuirksAreForgiven() {
        String expected = read(TD3_1, TD3_2).documentNumber();
        List<String> variants = List.of(
                TD3_1.toLowerCase(Locale.ROOT) + "\n" + TD3_2.toLowerCase(Locale.ROOT),
                TD3_1 + "\r\n" + TD3_2 + "\r\n",
                TD3_1 + "\r" + TD3_2 + "\r",
                "\n\n " + TD3_1 + " \n\n\n" + TD3_2 + "\n\n",
                TD3_1 + TD3_2,
                TD3_1 + TD3_2 + "\r\n",
                "P<UTO ERIKSSON<<ANNA<MARIA <<<<<<<<<<<<<<<<<<<\nL898902C3 6 UTO 740812 2 F 120415 9 ZE184226B<<<<<1 0",
                "\u0002" + TD3_1 + "\t\n" + TD3_2 + "\u0003");
        for (String variant : variants) {
            MrzReading reading = Mrz.read(variant, TODAY);
            assertThat(reading.valid()).as(variant).isTrue();
            assertThat(reading.documentNumber()).isEqualTo(expected);
        }
        assertThat(Mrz.read(TD1_1 + TD1_2 + TD1_3, TODAY).format()).isEqualTo(MrzFormat.TD1);
        assertThat(Mrz.read(TD2_1 + TD2_2, TODAY).format()).isEqualTo(MrzFormat.TD2);
    }

    @Test
    void wrongLengthsAndGarbageAreExplainedNotGuessed() {
        assertThat(problems(read(TD3_1, TD3_2.substring(1))))
                .containsExactly("Bukan MRZ yang lengkap: 2 baris dengan 44, 43 karakter. MRZ paspor 2 baris × 44"
                        + " karakter, kartu identitas 3 × 30 atau 2 × 36, visa 2 × 44 atau 2 × 36.");
        assertThat(problems(read(TD3_1))).singleElement().asString().contains("1 baris dengan 44 karakter");
        assertThat(problems(read(TD1_1, TD1_2))).singleElement().asString().contains("2 baris dengan 30, 30");
        assertThat(problems(read("hello world, this is not a passport")))
                .singleElement()
                .asString()
                .contains("Karakter «,» di baris 1 posisi 11");
        assertThat(problems(read("PASSPORT"))).singleElement().asString().startsWith("Bukan MRZ yang lengkap");
        assertThat(problems(read("ÄP<UTO"))).singleElement().asString().contains("«Ä»");
        assertThat(problems(read(""))).containsExactly("Belum ada MRZ yang diketik.");
        assertThat(problems(read("   \n \n"))).containsExactly("Belum ada MRZ yang diketik.");
        assertThat(Mrz.read(null, TODAY).valid()).isFalse();
        assertThat(Mrz.read("P".repeat(5000), TODAY).problems())
                .extracting(MrzProblem::code)
                .containsExactly("mrz.problem.tooLong");
        // 88 digits have the right length but are no passport
        MrzReading digits = Mrz.read("1".repeat(88), TODAY);
        assertThat(digits.valid()).isFalse();
        assertThat(digits.problems()).extracting(MrzProblem::code).contains("mrz.problem.documentCode");
        // swapped lines
        assertThat(read(TD3_2, TD3_1).valid()).isFalse();
    }

    @Test
    void datesSexAndNamesAreCheckedAsFields() {
        // month 13 has a right check digit (computed) but is no date
        String line = "L898902C36UTO741312" + Mrz.checkDigit("741312") + "F1204159ZE184226B<<<<<1";
        line += Mrz.checkDigit(line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43));
        assertThat(problems(read(TD3_1, line)))
                .containsExactly("Bagian tanggal lahir «741312» bukan tanggal yang ada (TTBBHH: tahun, bulan, hari).");

        String letterO = "L898902C36UTO74O8122F1204159ZE184226B<<<<<10";
        assertThat(problems(read(TD3_1, letterO))).anyMatch(p -> p.startsWith("Bagian tanggal lahir «74O812» tidak"));

        String sexUnknown = "L898902C36UTO7408122<1204159ZE184226B<<<<<10";
        MrzReading unknown = read(TD3_1, sexUnknown);
        assertThat(unknown.sex()).isEqualTo(Sex.TIDAK_DIKETAHUI);
        assertThat(problems(unknown)).isEmpty();
        assertThat(problems(read(TD3_1, "L898902C36UTO7408122Q1204159ZE184226B<<<<<10")))
                .containsExactly("Jenis kelamin «Q» tidak dikenal; MRZ memakai M, F atau <.");

        // a name that fills the whole field may be cut short
        MrzReading longName = read("P<UTOHERNANDEZ<GARCIA<<MARIA<DE<LOS<ANGELESX", TD3_2);
        assertThat(longName.nameTruncated()).isTrue();
        assertThat(longName.primaryIdentifier()).isEqualTo("HERNANDEZ GARCIA");
        assertThat(longName.secondaryIdentifier()).isEqualTo("MARIA DE LOS ANGELESX");
        assertThat(notes(longName)).anyMatch(note -> note.contains("nama mungkin terpotong"));
        // a single name (no secondary identifier)
        MrzReading single = read("P<UTOSUKARNO<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", TD3_2);
        assertThat(single.fullName()).isEqualTo("SUKARNO");
        assertThat(single.secondaryIdentifier()).isEmpty();
    }

    @Test
    void twoDigitYearsPutBirthInThePastAndExpiryAhead() {
        // born 04/12/2026 is today: still this century; born 05/12/26 would be tomorrow, so 1926
        assertThat(Mrz.read(withBirth("261204"), TODAY).birthDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(Mrz.read(withBirth("261205"), TODAY).birthDate()).isEqualTo(LocalDate.of(1926, 12, 5));
        assertThat(Mrz.read(withBirth("150101"), TODAY).birthDate()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(Mrz.read(withBirth("990101"), TODAY).birthDate()).isEqualTo(LocalDate.of(1999, 1, 1));
    }

    private static String withBirth(String birth) {
        String line = "L898902C36UTO" + birth + Mrz.checkDigit(birth) + "F3012319ZE184226B<<<<<1";
        line += Mrz.checkDigit(line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43));
        return TD3_1 + "\n" + line;
    }
}
