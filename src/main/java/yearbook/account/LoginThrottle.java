package yearbook.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: the first {@link #FREE_ATTEMPTS} wrong passwords in a row cost
 * nothing; after that each attempt must wait, from the last failure, twice as long as the
 * one before (2 s, 4 s, …, at most {@link #LONGEST_WAIT}). A correct password ends the
 * series. Known accounts keep their count in the database (a restart does not reset it);
 * names that are no account are counted in memory, so that trying names tells nothing and
 * costs the same.
 */
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 3;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    /** Bounds the memory that made-up names can take. */
    private static final int MAX_UNKNOWN_NAMES = 10_000;

    private final ConsoleUsers users;

    private final Clock clock;

    private final Map<String, ConsoleUsers.Failures> unknown = new ConcurrentHashMap<>();

    public LoginThrottle(ConsoleUsers users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /**
     * How long this login must still wait before its password is even checked; zero when
     * it may try now.
     */
    public Duration waitFor(String login) {
        ConsoleUsers.Failures f = failures(login);
        if (f.count() < FREE_ATTEMPTS || f.last() == null) {
            return Duration.ZERO;
        }
        Duration due = delay(f.count());
        Duration passed = Duration.between(f.last(), clock.instant());
        return passed.compareTo(due) >= 0 ? Duration.ZERO : due.minus(passed);
    }

    static Duration delay(int failures) {
        int doublings = Math.min(failures - FREE_ATTEMPTS, 16);
        Duration d = Duration.ofSeconds(2L << doublings);
        return d.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : d;
    }

    public void failed(String login) {
        Instant now = clock.instant();
        if (users.exists(login)) {
            users.recordFailure(login, now);
        }
        else {
            if (unknown.size() >= MAX_UNKNOWN_NAMES) {
                unknown.clear();
            }
            unknown.merge(login, new ConsoleUsers.Failures(1, now),
                    (a, b) -> new ConsoleUsers.Failures(a.count() + 1, now));
        }
    }

    public void succeeded(String login) {
        users.recordSuccess(login);
    }

    private ConsoleUsers.Failures failures(String login) {
        ConsoleUsers.Failures known = users.failures(login);
        return known.count() > 0 ? known : unknown.getOrDefault(login, ConsoleUsers.Failures.NONE);
    }

}
