package vn.lamtheo.platform.security.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/**
 * The login form's answer to a failed sign-in: back to the sign-in page saying why; a lock says so, with when to
 * retry (the page's message), instead of "wrong password", the same for every username.
 */
public class SignInPageFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    public SignInPageFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException, jakarta.servlet.ServletException {
        if (failure instanceof SignInThrottledException throttled) {
            getRedirectStrategy().sendRedirect(request, response, "/login?locked=" + throttled.retryAfterSeconds());
            return;
        }
        super.onAuthenticationFailure(request, response, failure);
    }
}
