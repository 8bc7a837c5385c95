package yearbook.account;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/**
 * Checks the password only when the throttle allows an attempt, and tells the throttle
 * how it went.
 */
public class ThrottledAuthentication implements AuthenticationProvider {

    /** Thrown instead of checking the password; carries the wait for the login page. */
    public static final class TooManyAttempts extends LockedException {

        private final long seconds;

        TooManyAttempts(long seconds) {
            super("登录失败次数过多,请 " + seconds + " 秒后再试。");
            this.seconds = seconds;
        }

        public long seconds() {
            return seconds;
        }

    }

    private final AuthenticationProvider passwords;

    private final LoginThrottle throttle;

    public ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String login = request.getName();
        Duration wait = throttle.waitFor(login);
        if (!wait.isZero()) {
            throw new TooManyAttempts(Math.max(1, (wait.toMillis() + 999) / 1000));
        }
        try {
            Authentication done = passwords.authenticate(request);
            throttle.succeeded(login);
            return done;
        }
        catch (BadCredentialsException e) {
            throttle.failed(login);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

}
