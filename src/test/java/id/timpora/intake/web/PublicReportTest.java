package id.timpora.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/** The public form at /lapor (#14): sending, the tracking code, and the abuse protection. */
class PublicReportTest extends PublicIntakeTestBase {

    @Test
    void anyoneOpensTheFormInIndonesianOrEnglishWithTheRegionPickerAndThePrivacyNotice() throws Exception {
        Visitor visitor = new Visitor(newClient());
        Document page = visitor.open();
        assertThat(page.select("h1").text()).isEqualTo("Laporkan keberadaan orang asing");
        assertThat(page.select("#privacyNotice").text()).contains("UU No. 27 Tahun 2022");
        assertThat(page.select(".region-picker select")).hasSize(4);
        assertThat(page.select("label[for=answer]").text()).matches("Pertanyaan keamanan: berapa \\d \\+ \\d\\?");
        assertThat(page.select("input[name=_csrf]")).hasSize(1);
        // the region picker answers anonymous visitors too
        assertThat(mvc.perform(get("/wilayah/pemilih")
                                .param("kolom", "regionCode")
                                .param("kode", "61.06"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        Document english = html(mvc.perform(get("/lapor").param("lang", "en")).andReturn());
        assertThat(english.select("h1").text()).isEqualTo("Report a foreign national");
    }

    @Test
    void aReportIsSavedWithoutAnAccountAndItsCodeIsShownOnceAndStoredOnlyAsAHash() throws Exception {
        Visitor visitor = new Visitor(newClient());
        Map<String, String> fields = filledIn(PALA_PULAU);
        MvcResult sent = visitor.send(fields);
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/lapor/terkirim");
        String code = (String) sent.getFlashMap().get(PublicReportController.CODE);
        assertThat(code).matches("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){4}");

        Document page = html(
                mvc.perform(get("/lapor/terkirim").with(visitor.browser()).flashAttr(PublicReportController.CODE, code))
                        .andReturn());
        assertThat(page.select("#trackingCode").text()).isEqualTo(code);
        // shown once: the next visit has no code
        Document again =
                html(mvc.perform(get("/lapor/terkirim").with(visitor.browser())).andReturn());
        assertThat(again.select("#trackingCode")).isEmpty();
        assertThat(again.select("#codeGone")).hasSize(1);

        Map<String, Object> row = jdbc.queryForMap(
                "select status, tracking_hash, description, region_code, regency_code, reporter_name"
                        + " from public_report where description = ?",
                fields.get("description"));
        assertThat(row)
                .containsEntry("status", "MENUNGGU")
                .containsEntry("region_code", PALA_PULAU)
                .containsEntry("regency_code", "61.06")
                .containsEntry("reporter_name", null);
        assertThat(row.get("tracking_hash").toString()).hasSize(64).doesNotContain(code.replace("-", ""));
        assertThat(jdbc.queryForObject(
                        "select count(*) from public_report where tracking_hash in (?, ?)",
                        Long.class,
                        code,
                        code.replace("-", "")))
                .isZero();
        // audited, with the client's address in the audit log's own column
        assertThat(jdbc.queryForList(
                        "select client_ip from audit_log where target_type = 'PUBLIC_REPORT' and action = 'CREATE'"
                                + " and detail like ?",
                        String.class,
                        "%client " + visitor.client + "%"))
                .containsExactly(visitor.client);
    }

    @Test
    void theStatusPageShowsTheStatusAndNothingElse() throws Exception {
        Visitor visitor = new Visitor(newClient());
        Map<String, String> fields = filledIn(PALA_PULAU);
        fields.put("reporterName", "Budi Santoso");
        fields.put("reporterPhone", "0812 3456 7890");
        String code = (String) visitor.send(fields).getFlashMap().get(PublicReportController.CODE);

        Document status = html(mvc.perform(post("/lapor/status")
                        .with(csrf())
                        .param("code", code.toLowerCase().replace("-", " ")))
                .andReturn());
        assertThat(status.select("#publicStatus").text()).isEqualTo("Menunggu ditelaah");
        String text = status.select("main").text();
        assertThat(text)
                .doesNotContain("Budi")
                .doesNotContain("0812")
                .doesNotContain("kebun sawit")
                .doesNotContain("Pala Pulau");

        Document unknown = html(mvc.perform(post("/lapor/status").with(csrf()).param("code", "AAAA-BBBB"))
                .andReturn());
        assertThat(unknown.select("#code-error").text())
                .isEqualTo("Kode tidak dikenal. Periksa kembali kode yang Anda catat.");
        assertThat(unknown.select("#statusResult")).isEmpty();
    }

    @Test
    void badInputComesBackBesideEachFieldWithEverythingTypedAndNothingSaved() throws Exception {
        Visitor visitor = new Visitor(newClient());
        Map<String, String> fields = filledIn("61.06"); // a kabupaten, not a desa
        fields.put("description", "pendek");
        fields.put("peopleCount", "0");
        fields.put("observedDate", "31/02/2026");
        fields.put("reporterName", "Siti");
        fields.put("reporterPhone", "telepon saya");
        fields.remove("consent");
        MvcResult result = visitor.send(fields);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = html(result);
        assertThat(page.select("#description-error").text()).isEqualTo("Tulis uraian 10 sampai 2.000 huruf.");
        assertThat(page.select("#peopleCount-error").text()).isEqualTo("Isi angka 1 sampai 500.");
        assertThat(page.select("#observedDate-error").text()).isNotBlank();
        assertThat(page.select("#regionCode-error").text()).isNotBlank();
        assertThat(page.select("#reporterPhone-error").text()).startsWith("Nomor telepon hanya boleh");
        assertThat(page.select("#consent-error").text()).startsWith("Centang");
        assertThat(page.select(".error-summary li")).hasSizeGreaterThanOrEqualTo(6);
        // typed values kept
        assertThat(page.select("#description").text()).isEqualTo("pendek");
        assertThat(page.select("#observedDate").val()).isEqualTo("31/02/2026");
        assertThat(page.select("#reporterName").val()).isEqualTo("Siti");
        assertThat(page.select("#reporterPhone").val()).isEqualTo("telepon saya");
        assertThat(page.select("#nationality option[selected]").val()).isEqualTo("MY");
        assertThat(publicReportsFrom(visitor.client)).isZero();
    }

    @Test
    void aWrongAnswerAFormSentTooFastOrTwiceAndAFilledHoneypotSaveNothing() throws Exception {
        Visitor visitor = new Visitor(newClient());
        Map<String, String> fields = filledIn(PALA_PULAU);

        // wrong answer: the field says so, the rest is kept, a new question is asked
        visitor.open();
        String right = visitor.answer(true);
        String oldQuestion = visitor.form.select("input[name=challengeId]").val();
        MvcResult wrong = mvc.perform(sendAs(fields, visitor, oldQuestion, String.valueOf(Integer.parseInt(right) + 1)))
                .andReturn();
        Document page = html(wrong);
        assertThat(page.select("#answer-error").text()).isEqualTo("Jawaban salah. Jawab pertanyaan yang baru.");
        assertThat(page.select("#description").text()).isEqualTo(fields.get("description"));
        assertThat(page.select("input[name=challengeId]").val()).isNotEqualTo(oldQuestion);

        // the same question again, now with the right answer: it was used up
        Document replay =
                html(mvc.perform(sendAs(fields, visitor, oldQuestion, right)).andReturn());
        assertThat(replay.select(".error-summary").text()).contains("sudah kedaluwarsa atau sudah pernah dikirim");

        // too fast: a question answered the moment it was asked
        visitor.open();
        String fresh = visitor.form.select("input[name=challengeId]").val();
        Document fast = html(mvc.perform(sendAs(fields, visitor, fresh, visitor.answer(false)))
                .andReturn());
        assertThat(fast.select(".error-summary").text()).contains("terlalu cepat");

        // the honeypot
        MvcResult honeypot = visitor.send(fields, request -> request.param("website", "http://spam.example"));
        assertThat(html(honeypot).select(".error-summary").text()).contains("Laporan tidak dapat diterima.");

        assertThat(publicReportsFrom(visitor.client)).isZero();
        // and the same form sent rightly is taken
        assertThat(visitor.send(fields).getResponse().getRedirectedUrl()).isEqualTo("/lapor/terkirim");
        assertThat(publicReportsFrom(visitor.client)).isOne();
        // the same report once more is refused as already received
        Document twice = html(visitor.send(fields));
        assertThat(twice.select(".error-summary").text()).contains("Laporan yang sama sudah kami terima");
        assertThat(publicReportsFrom(visitor.client)).isOne();
    }

    @Test
    void aScriptPostingManyReportsFromOneAddressIsRefusedAfterTheLimitAndNothingRefusedIsSaved() throws Exception {
        Visitor visitor = new Visitor(newClient());
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            MvcResult result = visitor.send(filledIn(PALA_PULAU));
            if (result.getResponse().getStatus() == 302) {
                accepted++;
            } else {
                assertThat(result.getResponse().getStatus()).isEqualTo(429);
                assertThat(html(result).select("#limited")).hasSize(1);
                refused++;
            }
        }
        assertThat(accepted).isEqualTo(5); // timpora.intake.per-client-per-hour
        assertThat(refused).isEqualTo(7);
        assertThat(publicReportsFrom(visitor.client)).isEqualTo(5);

        // posting without even opening the form: the flood limit turns it away before anything is read
        String flooder = newClient();
        int tooMany = 0;
        for (int i = 0; i < 40; i++) {
            int status = mvc.perform(multipart("/lapor").with(csrf()).with(from(flooder)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status == 429) {
                tooMany++;
            }
        }
        assertThat(tooMany).isEqualTo(10); // 30 attempts per window are looked at
        assertThat(publicReportsFrom(flooder)).isZero();
    }

    @Test
    void photosAreReencodedWithoutTheirExifAndBadOnesAreNamed() throws Exception {
        Visitor visitor = new Visitor(newClient());
        byte[] withExif = jpegWithExif("RAHASIA-LOKASI-0.8512,112.9277");
        assertThat(new String(withExif, StandardCharsets.ISO_8859_1)).contains("RAHASIA-LOKASI");
        Map<String, String> fields = filledIn(PALA_PULAU);
        MvcResult sent = visitor.send(
                fields,
                new MockMultipartFile("photos", "IMG_0001.jpg", "image/jpeg", withExif),
                new MockMultipartFile("photos", "empty.jpg", "image/jpeg", new byte[0]));
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/lapor/terkirim");
        List<byte[]> stored = jdbc.queryForList(
                "select f.content from public_report_photo f join public_report p on p.id = f.public_report_id"
                        + " where p.description = ?",
                byte[].class,
                fields.get("description"));
        assertThat(stored).hasSize(1);
        String storedText = new String(stored.get(0), StandardCharsets.ISO_8859_1);
        assertThat(storedText)
                .doesNotContain("RAHASIA-LOKASI")
                .doesNotContain("Exif")
                .doesNotContain("GPS");
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stored.get(0)));
        assertThat(image.getWidth()).isEqualTo(32);
        assertThat(image.getHeight()).isEqualTo(24);

        // not an image, and too many photos
        Visitor other = new Visitor(newClient());
        Document notAnImage = html(other.send(
                filledIn(PALA_PULAU),
                new MockMultipartFile("photos", "foto.jpg", "image/jpeg", "<?php echo 1; ?>".getBytes())));
        assertThat(notAnImage.select("#photos-error").text()).contains("bukan gambar JPG atau PNG");
        assertThat(notAnImage.select("#photosAgain")).hasSize(1);
        byte[] small = jpeg(8, 8);
        Document tooMany = html(other.send(
                filledIn(PALA_PULAU),
                new MockMultipartFile("photos", "1.jpg", "image/jpeg", small),
                new MockMultipartFile("photos", "2.jpg", "image/jpeg", small),
                new MockMultipartFile("photos", "3.jpg", "image/jpeg", small),
                new MockMultipartFile("photos", "4.jpg", "image/jpeg", small)));
        assertThat(tooMany.select("#photos-error").text()).isEqualTo("Paling banyak 3 foto.");
        assertThat(publicReportsFrom(other.client)).isZero();
    }

    @Test
    void aSendLargerThanItsPhotosMayMakeItIsRefusedBeforeItIsRead() throws Exception {
        int status = mvc.perform(multipart("/lapor")
                        .file(new MockMultipartFile("photos", "big.jpg", "image/jpeg", new byte[1024]))
                        // what the request declares: 16 MB, more than 3 photos of 5 MB and the fields
                        .content(new byte[16 * 1024 * 1024])
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(413);
    }

    private static org.springframework.test.web.servlet.RequestBuilder sendAs(
            Map<String, String> fields, Visitor visitor, String challengeId, String answer) {
        var request = multipart("/lapor");
        request.with(visitor.browser()).with(csrf()).with(from(visitor.client));
        request.param("challengeId", challengeId);
        request.param("answer", answer);
        fields.forEach(request::param);
        return request;
    }
}
