package id.timpora.common;

import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.BindingResult;

/**
 * Input that passed the form's own checks but breaks a rule only the service can see (a duplicate name, an unknown
 * region). Carries message keys per field so the controller can show them beside the fields.
 */
public class InvalidInput extends RuntimeException {

    public record Problem(String field, String messageKey, Object... arguments) {}

    private final List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(problems.toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String messageKey, Object... arguments) {
        return new InvalidInput(List.of(new Problem(field, messageKey, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * Puts the problems on the form's binding result, beside their fields (or on the form when field is null). A field
     * that already has a message (the form's own checks, or text that could not be read) keeps it alone: "required"
     * and "choose a country" for one empty field say the same thing twice.
     */
    public void addTo(BindingResult result) {
        for (Problem problem : problems) {
            if (problem.field() == null) {
                result.reject(problem.messageKey(), problem.arguments(), null);
            } else if (!result.hasFieldErrors(problem.field())) {
                result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
            }
        }
    }

    /**
     * Runs a service's own checks of what a form holds and puts what they find on the form, even when the form's own
     * checks already failed: one refusal names every problem, instead of the next one surfacing only after the first
     * is fixed.
     */
    public static void collect(BindingResult result, Runnable check) {
        try {
            check.run();
        } catch (InvalidInput invalid) {
            invalid.addTo(result);
        }
    }

    /** Collects problems and throws them together, so the user sees every mistake at once. */
    public static final class Collector {
        private final List<Problem> problems = new ArrayList<>();

        public Collector add(String field, String messageKey, Object... arguments) {
            problems.add(new Problem(field, messageKey, arguments));
            return this;
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
    }
}
