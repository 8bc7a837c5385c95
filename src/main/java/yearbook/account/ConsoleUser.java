package yearbook.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An account of the console. unitCode only for a reporter: the one unit it reports for.
 */
public record ConsoleUser(String login, Role role, String unitCode, String passwordHash,
        boolean enabled) implements UserDetails {
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** May this account see or act on the unit's files, findings and sheets? */
    public boolean mayActFor(String unit) {
        return role == Role.OFFICE || (role == Role.REPORTER && unitCode != null && unitCode.equals(unit));
    }

    /** May it see the unit's row (leaders read everything, act on nothing)? */
    public boolean maySee(String unit) {
        return role != Role.REPORTER || unitCode.equals(unit);
    }

    @Override
    public String toString() {
        // never the hash
        return "ConsoleUser[" + login + ", " + role + ", " + unitCode + "]";
    }
}
