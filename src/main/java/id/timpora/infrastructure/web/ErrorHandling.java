package id.timpora.infrastructure.web;

import id.timpora.common.NotFoundException;
import jakarta.persistence.OptimisticLockException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns the few exceptions that have a meaning for the user into their error pages. Everything else falls through to
 * the 500 page, which never shows a stack trace or SQL.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final GlobalModel layout;

    ErrorHandling(GlobalModel layout) {
        this.layout = layout;
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
}
