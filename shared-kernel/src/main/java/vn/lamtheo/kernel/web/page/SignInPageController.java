package vn.lamtheo.kernel.web.page;

import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security's form login posts to {@code /login} and handles the rest. */
@PageController
public class SignInPageController {

    @GetMapping("/login")
    String signIn() {
        return "login";
    }
}
