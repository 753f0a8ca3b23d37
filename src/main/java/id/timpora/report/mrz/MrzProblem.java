package id.timpora.report.mrz;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One thing wrong with (or worth knowing about) a machine-readable zone, as a message key of {@code mrz.*} with its
 * arguments; resolve it with {@code messageSource.getMessage(problem, locale)}. Arguments that are themselves
 * {@link MessageSourceResolvable} (the name of a part, {@link #part(String)}) are resolved in the same language.
 * The arguments may hold characters of the MRZ: show them to the user, never write them to a log.
 */
public record MrzProblem(String code, List<Object> arguments) implements MessageSourceResolvable {

    public MrzProblem {
        arguments = List.copyOf(arguments);
    }

    static MrzProblem of(String code, Object... arguments) {
        return new MrzProblem(code, Arrays.asList(arguments));
    }

    static MessageSourceResolvable part(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return code;
    }
}
