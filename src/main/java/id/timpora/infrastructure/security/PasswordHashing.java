package id.timpora.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashes. BCrypt reads at most 72 bytes, and refuses more: long passphrases (and any password in a script
 * with multi-byte letters) are first reduced to their SHA-256 digest, so every byte counts and nothing is too long. New
 * hashes are {@code {bcrypt-sha256}...}; hashes from before ({@code {bcrypt}...}) keep working.
 */
final class PasswordHashing {

    static final String CURRENT = "bcrypt-sha256";
    private static final int BCRYPT_MAX_BYTES = 72;

    private PasswordHashing() {}

    static PasswordEncoder encoder() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(
                CURRENT, Map.of(CURRENT, new PrehashedBCrypt(bcrypt), "bcrypt", new PlainBCrypt(bcrypt)));
        // A hash without an {id} (none is written, but a hand-made row could hold one) is read as plain BCrypt: it
        // matches or not, instead of failing the sign-in with an exception.
        encoder.setDefaultPasswordEncoderForMatches(new PlainBCrypt(bcrypt));
        return encoder;
    }

    /** BCrypt over the Base64 of the password's SHA-256: 44 bytes, whatever the password's length. */
    static final class PrehashedBCrypt implements PasswordEncoder {

        private final BCryptPasswordEncoder bcrypt;

        PrehashedBCrypt(BCryptPasswordEncoder bcrypt) {
            this.bcrypt = bcrypt;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return rawPassword == null ? null : bcrypt.encode(prehash(rawPassword));
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return rawPassword != null && bcrypt.matches(prehash(rawPassword), encodedPassword);
        }

        static String prehash(CharSequence rawPassword) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
                return Base64.getEncoder().encodeToString(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }

    /** The hashes from before: a password over 72 bytes cannot be one of them, so it simply does not match. */
    static final class PlainBCrypt implements PasswordEncoder {

        private final BCryptPasswordEncoder bcrypt;

        PlainBCrypt(BCryptPasswordEncoder bcrypt) {
            this.bcrypt = bcrypt;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("new hashes are " + CURRENT);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (rawPassword == null
                    || rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
                return false;
            }
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }
}
