package id.timpora.account;

import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * No default password: on the first start with no accounts, creates {@code admin} with a random one-time password,
 * prints it once to the log, and forces a change at first sign-in.
 */
@Component
@Order(10)
class BootstrapAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    BootstrapAdmin(AccountRepository accounts, PasswordEncoder passwordEncoder, JdbcClient jdbc, AuditLog audit) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // Several nodes may start at once against one database: only one of them creates the admin.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('timpora.bootstrap-admin'))")
                .query()
                .singleValue();
        if (accounts.count() > 0) {
            return;
        }
        String password = oneTimePassword(20);
        Account admin = accounts.save(
                new Account(USERNAME, "Administrator", passwordEncoder.encode(password), Role.ADMIN, null));
        audit.recordAs(null, "system", AuditAction.CREATE, "USER", admin.getId(), "bootstrap admin");
        log.warn(
                """

                ==================================================================
                 TIMPORA first start: account '{}' created.
                 One-time password: {}
                 It is shown only this once and must be changed at first sign-in.
                ==================================================================""",
                USERNAME,
                password);
    }

    static String oneTimePassword(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
