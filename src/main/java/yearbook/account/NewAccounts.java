package yearbook.account;

import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import yearbook.catalog.ReportingUnit;

/**
 * Makes accounts and new passwords: a generated password, returned once, stored only as
 * its hash.
 */
public class NewAccounts {

    private final ConsoleUsers users;

    private final PasswordEncoder encoder;

    public NewAccounts(ConsoleUsers users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    public record Made(String login, String password) {
    }

    /**
     * A login not taken yet: the one asked for, else the unit's code (reporters) or the
     * role, numbered if taken.
     */
    public String freeLogin(Role role, ReportingUnit unit) {
        String base = unit != null ? unit.code().toLowerCase(Locale.ROOT) : role.name().toLowerCase(Locale.ROOT);
        String login = base;
        for (int n = 2; users.exists(login); n++) {
            login = base + n;
        }
        return login;
    }

    public Made add(String login, Role role, ReportingUnit unit) {
        String password = GeneratedPassword.next();
        users.add(login, role, unit == null ? null : unit.code(), encoder.encode(password));
        return new Made(login, password);
    }

    public Optional<Made> reset(String login) {
        String password = GeneratedPassword.next();
        return users.reset(login, encoder.encode(password)) ? Optional.of(new Made(login, password)) : Optional.empty();
    }

}
