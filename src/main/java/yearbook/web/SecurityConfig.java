package yearbook.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import yearbook.account.ConsoleUsers;
import yearbook.account.LoginThrottle;
import yearbook.account.ThrottledAuthentication;

/**
 * Who may open what. Pages are for signed-in accounts; uploads for reporters and the
 * office; runs only for the office; figures for the office and leaders. Which unit a
 * reporter may see is decided in the pages themselves (a 403 for another unit's file,
 * findings, row or validation sheet).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class SecurityConfig {

    /**
     * No inline script or style anywhere: the pages load /css/console.css and nothing
     * else.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The console's only way to sign in: the throttle, then the password. Its own manager
     * with no parent, so that no other provider Spring would build from the accounts can
     * check a password unthrottled.
     */
    private static AuthenticationManager signIn(ConsoleUsers users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthentication(passwords, throttle));
    }

    @Bean
    SecurityFilterChain console(HttpSecurity http, ConsoleUsers users, PasswordEncoder encoder, LoginThrottle throttle)
            throws Exception {
        http.authenticationManager(signIn(users, encoder, throttle))
            .authorizeHttpRequests(
                    a -> a.requestMatchers("/login", "/css/**", "/js/**", "/error", "/denied", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/upload", "/upload/**")
                        .hasAnyRole("REPORTER", "OFFICE")
                        .requestMatchers(HttpMethod.POST, "/runs", "/runs/**")
                        .hasRole("OFFICE")
                        .requestMatchers("/figures", "/figures/**")
                        .hasAnyRole("OFFICE", "LEADER")
                        .requestMatchers("/missing", "/missing/**")
                        .hasAnyRole("OFFICE", "LEADER")
                        .requestMatchers("/templates", "/templates/**")
                        .hasAnyRole("REPORTER", "OFFICE")
                        .anyRequest()
                        .authenticated())
            .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(failures()).permitAll())
            .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
            .exceptionHandling(e -> e.accessDeniedPage("/denied"))
            .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
            .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The login page says why, in Chinese, and never whether the account exists. */
    private static AuthenticationFailureHandler failures() {
        return (request, response, e) -> {
            String to = "/login?error";
            if (e instanceof ThrottledAuthentication.TooManyAttempts t) {
                to = "/login?wait=" + t.seconds();
            }
            else if (e instanceof DisabledException) {
                to = "/login?disabled";
            }
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.sendRedirect(request.getContextPath() + to);
        };
    }

}
