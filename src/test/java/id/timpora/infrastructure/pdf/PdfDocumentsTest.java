package id.timpora.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

class PdfDocumentsTest {

    @Test
    void rendersTemplateTextIntoAnA4PdfThatBreaksLongContentOverPages() throws Exception {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        PdfDocuments documents = new PdfDocuments(engine);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.write(
                "pdf-test/sample",
                Map.of(
                        "title", "Notulen Rapat Koordinasi — Kapuas Hulu",
                        "lines", Collections.nCopies(200, "Baris notulen dengan nama José Müller"),
                        // Unclosed HTML (as a renderer of user text might produce) must not break the document.
                        "rawHtml", "<p>paragraf<br>baris baru<ul><li>butir"),
                Locale.forLanguageTag("id"),
                out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f); // A4: 595 x 842 pt
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isBetween(841f, 843f);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Notulen Rapat Koordinasi —")
                    .contains("Kapuas Hulu")
                    .contains("José Müller")
                    .contains("baris baru");
        }
    }
}
