package id.timpora.account;

import id.timpora.agency.AgencyService;
import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final AgencyService agencies;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, AgencyService agencies, Clock clock) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username.trim())
                .map(account -> new CurrentUser(
                        account,
                        account.isLockedAt(clock.instant()),
                        account.getAgencyId() == null ? null : agencies.profile(account.getAgencyId())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
