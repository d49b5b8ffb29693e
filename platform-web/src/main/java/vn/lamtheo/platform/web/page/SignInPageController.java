package vn.lamtheo.platform.web.page;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security's form login posts to {@code /login} and handles the rest. */
@PageController
public class SignInPageController {

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                  @RequestParam(required = false) String expired, @RequestParam(required = false) String locked,
                  Model model) {
        model.addAttribute("loginFailed", error != null);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("sessionExpired", expired != null);
        // minutes to wait, from the seconds the failure handler put in the address (anything else: just "locked")
        model.addAttribute("lockedMinutes", locked == null ? null
                : locked.matches("\\d{1,9}") ? Math.max(1, (Long.parseLong(locked) + 59) / 60) : 1L);
        return "login";
    }
}
