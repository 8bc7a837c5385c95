package yearbook.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The management port answers a monitoring system, which has no account: health, info and
 * prometheus are exposed there and nothing else (application.yml), read-only, on loopback
 * unless the office opens it. This rule comes first and takes only requests that arrived
 * on that port, so the console's sign-in (serve) keeps everything on the application's
 * port.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class ManagementSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementPort(HttpSecurity http, @Value("${management.server.port:-1}") int port)
            throws Exception {
        http.securityMatcher(request -> port > 0 && request.getLocalPort() == port)
            .authorizeHttpRequests(a -> a
                .requestMatchers(HttpMethod.GET, "/actuator", "/actuator/health", "/actuator/health/**",
                        "/actuator/info", "/actuator/prometheus")
                .permitAll()
                .anyRequest()
                .denyAll())
            // nothing on this port takes a write, and a scraper sends no token
            .csrf(c -> c.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(c -> c.disable())
            .formLogin(f -> f.disable())
            .httpBasic(b -> b.disable());
        return http.build();
    }

}
