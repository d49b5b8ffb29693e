package vn.lamtheo.platform.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import vn.lamtheo.platform.demo.DemoMode;
import vn.lamtheo.kernel.directory.Account;
import vn.lamtheo.platform.directory.AccountStore;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Person;

/**
 * Signs in against the accounts in MongoDB. Authorities are the person's roles ({@code ROLE_MEMBER}, ...);
 * they say what a person may do, while {@link AccessPolicy} says where. Demo accounts work only in demo mode.
 */
@Component
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountStore accounts;
    private final Directory directory;
    private final DemoMode demoMode;

    public AccountUserDetailsService(AccountStore accounts, Directory directory, DemoMode demoMode) {
        this.accounts = accounts;
        this.directory = directory;
        this.demoMode = demoMode;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.find(username)
                .filter(a -> !a.demo() || demoMode.enabled())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        Person person = directory.person(account.personId())
                .orElseThrow(() -> new UsernameNotFoundException("The account's person is missing"));
        return new LamtheoUserDetails(account.username(), account.passwordHash(),
                person.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList(),
                person.id());
    }
}
