package yearbook.account;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The accounts, for the user command and for the console's login. */
@Configuration(proxyBeanMethods = false)
public class AccountConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    ConsoleUsers consoleUsers(JdbcClient jdbc) {
        return new ConsoleUsers(jdbc);
    }

    @Bean
    NewAccounts newAccounts(ConsoleUsers users, PasswordEncoder encoder) {
        return new NewAccounts(users, encoder);
    }

    @Bean
    LoginThrottle loginThrottle(ConsoleUsers users) {
        return new LoginThrottle(users, Clock.systemUTC());
    }

}
