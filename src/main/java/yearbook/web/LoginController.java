package yearbook.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import yearbook.account.ConsoleUser;

/** 登录, the first page after it (by role), and the page of a refusal. */
@Controller
@ConditionalOnWebApplication
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal ConsoleUser me) {
        return switch (me.role()) {
            case REPORTER -> "redirect:/upload";
            case OFFICE -> "redirect:/matrix";
            case LEADER -> "redirect:/figures";
        };
    }

    /**
     * Spring Security forwards here with any method when an account asks for what is not
     * its own.
     */
    @RequestMapping("/denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied(Model model) {
        return "denied";
    }

}
