package id.timpora.infrastructure.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Printable documents: a Thymeleaf template (under {@code templates/}, with its own print CSS) rendered to an A4 PDF
 * on the server. The page size, margins and page breaks belong in the template's {@code @page} rules.
 *
 * <p>The HTML goes through jsoup because the PDF renderer needs a well-formed XML document, and templates or user
 * text rendered as HTML need not be. Fonts are the bundled DejaVu Sans (see {@code fonts/DejaVu-LICENSE.txt}), so
 * names with accents print the same on every server; use {@code font-family: 'DejaVu Sans'} in templates.
 */
@Component
public class PdfDocuments {

    private static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** Renders {@code template} with {@code model} in {@code locale} and writes the PDF to {@code out}. */
    public void write(String template, Map<String, Object> model, Locale locale, OutputStream out) {
        String html = templates.process(template, new Context(locale, model));
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(
                    () -> font("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(
                    () -> font("fonts/DejaVuSans-Bold.ttf"),
                    FONT_FAMILY,
                    700,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
