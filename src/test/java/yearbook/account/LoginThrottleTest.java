package yearbook.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void threeFreeAttemptsThenDoublingWaitsUpToFiveMinutes() {
        assertThat(LoginThrottle.delay(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottle.delay(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(LoginThrottle.delay(8)).isEqualTo(Duration.ofSeconds(64));
        assertThat(LoginThrottle.delay(9)).isEqualTo(Duration.ofSeconds(128));
        assertThat(LoginThrottle.delay(10)).isEqualTo(Duration.ofMinutes(4).plusSeconds(16));
        assertThat(LoginThrottle.delay(11)).isEqualTo(LoginThrottle.LONGEST_WAIT);
        assertThat(LoginThrottle.delay(1000)).isEqualTo(LoginThrottle.LONGEST_WAIT);
    }

}
