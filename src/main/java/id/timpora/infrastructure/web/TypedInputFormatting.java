package id.timpora.infrastructure.web;

import id.timpora.common.TypedInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every form field and request parameter of type {@link LocalDate}, {@link LocalTime} or {@link BigDecimal} is read
 * with {@link TypedInput} and written back the same way ({@code 17/08/2026}, {@code 14:30}). Text it cannot read is a
 * binding error ({@code typeMismatch}, with a message in both languages): the form comes back with the typed text
 * beside the message, and nothing is saved. Fields still annotated {@code @DateTimeFormat} are read the same way, so
 * no form of the application reads dates differently from the others. Registered after Boot's own formatters, so
 * these win.
 */
@Configuration(proxyBeanMethods = false)
class TypedInputFormatting implements WebMvcConfigurer {

    static final Formatter<LocalDate> DATE = formatter(TypedInput::date, TypedInput::date);
    static final Formatter<LocalTime> TIME = formatter(TypedInput::time, TypedInput::time);
    static final Formatter<BigDecimal> DECIMAL = formatter(TypedInput::decimal, BigDecimal::toPlainString);

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, DATE);
        registry.addFormatterForFieldType(LocalTime.class, TIME);
        registry.addFormatterForFieldType(BigDecimal.class, DECIMAL);
        registry.addFormatterForFieldAnnotation(new AnnotatedDates());
    }

    /** {@code @DateTimeFormat} on a date or a time: read as typed, like every other date field. */
    private static final class AnnotatedDates implements AnnotationFormatterFactory<DateTimeFormat> {

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(LocalDate.class, LocalTime.class);
        }

        @Override
        public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
            return fieldType == LocalTime.class ? TIME : DATE;
        }

        @Override
        public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
            return fieldType == LocalTime.class ? TIME : DATE;
        }
    }

    private static <T> Formatter<T> formatter(Function<String, T> parse, Function<T, String> print) {
        return new Formatter<>() {
            @Override
            public T parse(String text, Locale locale) {
                return parse.apply(text);
            }

            @Override
            public String print(T value, Locale locale) {
                return print.apply(value);
            }
        };
    }
}
