package id.timpora.infrastructure.web;

import id.timpora.common.NotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import java.beans.PropertyEditorSupport;
import java.sql.SQLException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.PropertyAccessException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns the exceptions that have a meaning for the user into their error pages, for the whole app. Everything else
 * falls through to the 500 page, which never shows a stack trace or SQL.
 *
 * <p>Input no person types ({@link RejectedInput}: a NUL byte in any text) is caught while binding, here, for every
 * controller (dates are read by {@link TypedInputFormatting}, which refuses years outside 1900–2199): in a form being saved (POST) it becomes a message beside
 * the field and the form comes back as typed; in a search, filter or export (GET) the request is refused with a 400
 * page, never run with the bad value silently dropped. A value that still reaches the database and is refused there
 * as bad data (SQLSTATE class 22) is a 400 too.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final GlobalModel layout;

    ErrorHandling(GlobalModel layout) {
        this.layout = layout;
    }

    @InitBinder
    void guardInput(WebDataBinder binder, HttpServletRequest request) {
        binder.registerCustomEditor(String.class, new TextWithoutNul());
        boolean saving = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        binder.setBindingErrorProcessor(new GuardingErrorProcessor(saving));
    }

    /** Someone else saved the record first; forms handle this themselves, this is the fallback. */
    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, OptimisticLockException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Exception e, Model model, Locale locale) {
        log.info("Optimistic lock conflict: {}", e.getMessage());
        layout.addTo(model, locale);
        return "error/409";
    }

    /** An upload over the multipart limit never reaches a controller; say what happened instead of failing. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    String uploadTooLarge(Model model, Locale locale) {
        layout.addTo(model, locale);
        return "error/413";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, Locale locale) {
        layout.addTo(model, locale);
        return "error/404";
    }

    @ExceptionHandler(RejectedInput.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String rejectedInput(RejectedInput rejected, Model model, Locale locale) {
        return badRequest(rejected.messageKey(), model, locale);
    }

    /** A request parameter that is not what the handler takes ({@code ?page=abc}, a NUL in {@code ?q=}). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String parameterMismatch(MethodArgumentTypeMismatchException e, Model model, Locale locale) {
        RejectedInput rejected = rejectedInputIn(e);
        return badRequest(rejected == null ? null : rejected.messageKey(), model, locale);
    }

    /** A form object bound by a handler that takes no binding result. */
    @ExceptionHandler(BindException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String bindingFailed(BindException e, Model model, Locale locale) {
        FieldError error = e.getFieldError();
        String code = error == null ? null : error.getCode();
        String reason = code != null && code.startsWith("input.") ? code : null;
        return badRequest(reason, model, locale);
    }

    /** The database refused a value as bad data (a NUL byte, a date out of range, a number too large). */
    @ExceptionHandler(DataAccessException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badData(DataAccessException e, Model model, Locale locale) throws DataAccessException {
        String state = sqlState(e);
        if (state == null || !state.startsWith("22")) {
            throw e;
        }
        log.info(
                "Refused as bad data by the database (SQLSTATE {}): {}",
                state,
                e.getMostSpecificCause().getMessage());
        return badRequest(null, model, locale);
    }

    private String badRequest(String reason, Model model, Locale locale) {
        layout.addTo(model, locale);
        model.addAttribute("reason", reason);
        return "error/400";
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    static RejectedInput rejectedInputIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RejectedInput rejected) {
                return rejected;
            }
        }
        return null;
    }

    /** Text as typed, unless it holds a NUL byte. */
    static final class TextWithoutNul extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(RejectedInput.requireNoNul(text));
        }
    }

    /** Rejected input: beside the field while saving a form, a refusal of the whole request otherwise. */
    static final class GuardingErrorProcessor extends DefaultBindingErrorProcessor {

        private final boolean saving;

        GuardingErrorProcessor(boolean saving) {
            this.saving = saving;
        }

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
            RejectedInput rejected = rejectedInputIn(ex);
            if (rejected == null) {
                super.processPropertyAccessException(ex, result);
                return;
            }
            if (!saving) {
                throw rejected;
            }
            String field = ex.getPropertyName();
            result.addError(new FieldError(
                    result.getObjectName(),
                    field,
                    ex.getValue(),
                    true,
                    result.resolveMessageCodes(rejected.messageKey(), field),
                    null,
                    null));
        }
    }
}
