package id.timpora.account;

import id.timpora.account.AccountService.PasswordProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a new password must not be (NIST SP 800-63B 5.1.1.2; OWASP ASVS 2.1): shorter than the minimum, longer than
 * {@link #MAX_LENGTH}, a common or breached password or an obvious variant of one (capitals, digits or symbols
 * around it, {@code @} for {@code a} ...), a run ({@code 123456789012}, {@code qwertyuiop}), a repetition
 * ({@code aaaaaaaaaaaa}, {@code abcabcabcabc}), or containing the user name or the agency's name. Anything else goes,
 * long passphrases with spaces included: no rules about character classes.
 */
final class PasswordRules {

    /** Long enough for any passphrase (ASVS 2.1.2: at least 64 allowed, more than 128 refused). */
    static final int MAX_LENGTH = 128;

    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private static final String LIST = "/passwords/common.txt";
    private static final String[] RUNS = {
        "01234567890123456789",
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
        "qwertyuiopasdfghjklzxcvbnm",
        "qwertyuiop",
        "asdfghjkl",
        "zxcvbnm",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
        "1q2w3e4r5t6y7u8i9o0p",
        "qazwsxedcrfvtgbyhnujmikolp",
        "!@#$%^&*()_+"
    };
    private static final Pattern REPEATED = Pattern.compile("(.{1,6}?)\\1+");
    private static final Pattern AROUND = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}]{5,}");
    /** Words in many agency names that say nothing about one of them. */
    private static final Set<String> GENERIC_WORDS = Set.of(
            "kantor",
            "kelas",
            "dinas",
            "badan",
            "daerah",
            "provinsi",
            "kabupaten",
            "wilayah",
            "negeri",
            "negara",
            "republik",
            "indonesia",
            "nasional",
            "kementerian",
            "direktorat",
            "jenderal",
            "satuan",
            "bagian",
            "bidang",
            "pusat",
            "kesatuan",
            "bangsa",
            "politik",
            "tenaga",
            "kerja",
            "catatan",
            "sipil",
            "kependudukan",
            "pencatatan",
            "komando",
            "distrik",
            "militer",
            "tinggi",
            "kejaksaan",
            "pemerintah",
            "sekretariat",
            "kepolisian",
            "resort",
            "sektor",
            "perwakilan",
            "umum",
            "utama",
            "administrasi",
            "kecamatan",
            "kelurahan");

    private final Set<String> common;
    private final int minLength;

    PasswordRules(int minLength) {
        this.minLength = minLength;
        this.common = load();
    }

    /** The first rule the password breaks, if any. */
    Optional<PasswordProblem> check(String password, String username, String agencyName) {
        if (password == null) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        // Characters are code points (an emoji is one), counted with runs of spaces as one (ASVS 2.1.1).
        String counted = SPACES.matcher(password).replaceAll(" ");
        if (counted.codePointCount(0, counted.length()) < minLength) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of(PasswordProblem.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (containsName(lower, username)) {
            return Optional.of(PasswordProblem.SAME_AS_USERNAME);
        }
        if (containsAgency(lower, agencyName)) {
            return Optional.of(PasswordProblem.CONTAINS_AGENCY);
        }
        if (guessable(lower)) {
            return Optional.of(PasswordProblem.TOO_COMMON);
        }
        return Optional.empty();
    }

    boolean guessable(String lower) {
        if (lower.codePoints().distinct().count() < 4 || REPEATED.matcher(lower).matches() || isRun(lower)) {
            return true;
        }
        for (String candidate : candidates(lower)) {
            if (candidate.isEmpty()) {
                continue;
            }
            if (common.contains(candidate) || isRun(candidate)) {
                return true;
            }
            Matcher repeated = REPEATED.matcher(candidate);
            if (candidate.length() >= 4 && repeated.matches() && common.contains(repeated.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** The password and its obvious disguises: without what surrounds the word, with symbols read as letters. */
    private static Set<String> candidates(String lower) {
        Set<String> forms = new LinkedHashSet<>();
        String stripped = AROUND.matcher(lower).replaceAll("");
        for (String form : new String[] {lower, lower.strip(), stripped}) {
            forms.add(form);
            String unleet = unleet(form);
            forms.add(unleet);
            forms.add(AROUND.matcher(unleet).replaceAll(""));
            forms.add(NOT_LETTERS.matcher(unleet).replaceAll(""));
        }
        forms.add(NOT_LETTERS.matcher(lower).replaceAll(""));
        return forms;
    }

    private static String unleet(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            plain.append(
                    switch (c) {
                        case '@', '4' -> 'a';
                        case '3' -> 'e';
                        case '1', '!' -> 'i';
                        case '0' -> 'o';
                        case '5', '$' -> 's';
                        case '7' -> 't';
                        case '8' -> 'b';
                        case '9' -> 'g';
                        default -> c;
                    });
        }
        return plain.toString();
    }

    private static boolean isRun(String text) {
        if (text.length() < 4) {
            return false;
        }
        for (String run : RUNS) {
            if (run.contains(text)
                    || new StringBuilder(run).reverse().toString().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsName(String lower, String username) {
        if (username == null || username.isBlank()) {
            return false;
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && lower.contains(name)) {
            return true;
        }
        return containsWordOf(lower, name, Set.of());
    }

    private static boolean containsAgency(String lower, String agencyName) {
        if (agencyName == null || agencyName.isBlank()) {
            return false;
        }
        String name = agencyName.toLowerCase(Locale.ROOT);
        String squeezed = NOT_LETTERS.matcher(name).replaceAll("");
        if (squeezed.length() >= 5 && NOT_LETTERS.matcher(lower).replaceAll("").contains(squeezed)) {
            return true;
        }
        return containsWordOf(lower, name, GENERIC_WORDS);
    }

    /** A distinctive word (five letters or more) of the name appears in the password, disguised or not. */
    private static boolean containsWordOf(String lower, String name, Set<String> ignored) {
        String plain = unleet(lower);
        Matcher words = WORDS.matcher(name);
        while (words.find()) {
            String word = words.group();
            if (!ignored.contains(word) && (lower.contains(word) || plain.contains(word))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        InputStream in = PasswordRules.class.getResourceAsStream(LIST);
        if (in == null) {
            throw new IllegalStateException("missing " + LIST);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
