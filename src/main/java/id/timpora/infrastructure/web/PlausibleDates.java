package id.timpora.infrastructure.web;

import java.text.ParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Set;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

/**
 * Every {@code @DateTimeFormat} date the app binds, parsed as Spring does and then refused when its year is not one
 * of {@link RejectedInput#FIRST_YEAR}–{@link RejectedInput#LAST_YEAR}: one place for every date field and filter.
 */
final class PlausibleDates implements AnnotationFormatterFactory<DateTimeFormat> {

    private final Jsr310DateTimeFormatAnnotationFormatterFactory standard =
            new Jsr310DateTimeFormatAnnotationFormatterFactory();

    @Override
    public Set<Class<?>> getFieldTypes() {
        return standard.getFieldTypes();
    }

    @Override
    public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
        return standard.getPrinter(annotation, fieldType);
    }

    @Override
    public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
        Parser<?> parser = standard.getParser(annotation, fieldType);
        return new Parser<Object>() {
            @Override
            public Object parse(String text, Locale locale) throws ParseException {
                Object value = parser.parse(text, locale);
                if (value instanceof TemporalAccessor date) {
                    RejectedInput.requirePlausible(date);
                }
                return value;
            }
        };
    }
}
