package yearbook.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The accounts table. Passwords come in already hashed; this class never sees a password.
 */
public class ConsoleUsers implements UserDetailsService {

    private final JdbcClient jdbc;

    public ConsoleUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One account as {@code user list} shows it. */
    public record Listed(String login, Role role, String unitCode, boolean enabled, Instant createdAt,
            int failedLogins) {
    }

    @Override
    public ConsoleUser loadUserByUsername(String login) {
        return find(login).orElseThrow(() -> new UsernameNotFoundException("没有这个账号"));
    }

    public Optional<ConsoleUser> find(String login) {
        return jdbc.sql("select login, role, unit_code, password_hash, enabled from console_user where login = ?")
            .param(login)
            .query((rs, n) -> new ConsoleUser(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3),
                    rs.getString(4), rs.getBoolean(5)))
            .optional();
    }

    public boolean exists(String login) {
        return jdbc.sql("select count(*) from console_user where login = ?")
            .param(login)
            .query(Integer.class)
            .single() > 0;
    }

    public void add(String login, Role role, String unitCode, String passwordHash) {
        jdbc.sql("insert into console_user (login, role, unit_code, password_hash) values (?, ?, ?, ?)")
            .params(login, role.name(), unitCode, passwordHash)
            .update();
    }

    /** A new password; the account is enabled again and its failed logins forgotten. */
    public boolean reset(String login, String passwordHash) {
        return jdbc.sql("""
                update console_user set password_hash = ?, enabled = true, failed_logins = 0, last_failed_at = null
                where login = ?""").params(passwordHash, login).update() == 1;
    }

    public boolean disable(String login) {
        return jdbc.sql("update console_user set enabled = false where login = ?").param(login).update() == 1;
    }

    public List<Listed> list() {
        return jdbc.sql("""
                select login, role, unit_code, enabled, created_at, failed_logins from console_user
                order by role, unit_code nulls first, login""")
            .query((rs, n) -> new Listed(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3),
                    rs.getBoolean(4), rs.getTimestamp(5).toInstant(), rs.getInt(6)))
            .list();
    }

    /**
     * The count of failed logins in a row and when the last one was, for the throttle.
     */
    public record Failures(int count, Instant last) {
        static final Failures NONE = new Failures(0, null);

    }

    public Failures failures(String login) {
        return jdbc.sql("select failed_logins, last_failed_at from console_user where login = ?")
            .param(login)
            .query((rs, n) -> new Failures(rs.getInt(1),
                    rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
            .optional()
            .orElse(Failures.NONE);
    }

    public void recordFailure(String login, Instant at) {
        jdbc.sql("update console_user set failed_logins = failed_logins + 1, last_failed_at = ? where login = ?")
            .params(Timestamp.from(at), login)
            .update();
    }

    public void recordSuccess(String login) {
        jdbc.sql(
                "update console_user set failed_logins = 0, last_failed_at = null where login = ? and failed_logins > 0")
            .param(login)
            .update();
    }

}
