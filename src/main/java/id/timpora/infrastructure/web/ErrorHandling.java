package id.timpora.infrastructure.web;

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

/**
 * Turns the few exceptions that have a meaning for the user into their error pages. Everything else falls through to
 * the 500 page, which never shows a stack trace or SQL.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final GlobalModel globalModel;

    ErrorHandling(GlobalModel globalModel) {
        this.globalModel = globalModel;
    }

    /** Someone else saved the record first; forms handle this themselves, this is the fallback. */
    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, OptimisticLockException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Exception e, Model model, Locale locale) {
        log.info("Optimistic lock conflict: {}", e.getMessage());
        globalModel.addTo(model, locale);
        return "error/409";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, Locale locale) {
        globalModel.addTo(model, locale);
        return "error/404";
    }
}
