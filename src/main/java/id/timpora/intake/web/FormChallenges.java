package id.timpora.intake.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public form's question, an addition of two small numbers, answered on the server with no third party. Each
 * question is kept in the (database-stored) session under a random id that the form carries, is good for one send
 * only, and only after {@code minFillTime}: a script that posts at once, posts twice or makes up its own question is
 * refused. A session holds a handful of open questions, for a sender with the form open in several tabs.
 */
final class FormChallenges {

    static final String ATTRIBUTE = FormChallenges.class.getName();
    private static final int OPEN_PER_SESSION = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    enum Outcome {
        PASSED,
        WRONG,
        TOO_FAST,
        UNKNOWN
    }

    record Challenge(String id, int first, int second, Instant issuedAt) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        int answer() {
            return first + second;
        }
    }

    private FormChallenges() {}

    static Challenge issue(HttpSession session, Instant now) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        Challenge challenge =
                new Challenge(HexFormat.of().formatHex(id), 2 + RANDOM.nextInt(8), 2 + RANDOM.nextInt(8), now);
        LinkedHashMap<String, Challenge> open = open(session);
        open.put(challenge.id(), challenge);
        while (open.size() > OPEN_PER_SESSION) {
            open.remove(open.keySet().iterator().next());
        }
        session.setAttribute(ATTRIBUTE, open);
        return challenge;
    }

    /** Checks the answer and uses the question up, whatever the outcome. */
    static Outcome check(
            HttpSession session, String id, String answer, Instant now, Duration minFillTime, Duration lifetime) {
        LinkedHashMap<String, Challenge> open = open(session);
        Challenge challenge = id == null ? null : open.remove(id);
        session.setAttribute(ATTRIBUTE, open);
        if (challenge == null || now.isAfter(challenge.issuedAt().plus(lifetime))) {
            return Outcome.UNKNOWN;
        }
        if (now.isBefore(challenge.issuedAt().plus(minFillTime))) {
            return Outcome.TOO_FAST;
        }
        String typed = answer == null ? "" : answer.strip();
        return typed.equals(String.valueOf(challenge.answer())) ? Outcome.PASSED : Outcome.WRONG;
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, Challenge> open(HttpSession session) {
        Object value = session.getAttribute(ATTRIBUTE);
        return value instanceof Map<?, ?> map
                ? new LinkedHashMap<>((Map<String, Challenge>) map)
                : new LinkedHashMap<>();
    }
}
