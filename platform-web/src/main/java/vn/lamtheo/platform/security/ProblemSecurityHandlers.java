package vn.lamtheo.platform.security;

import vn.lamtheo.platform.log.LogValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import vn.lamtheo.platform.security.signin.SignInThrottledException;
import vn.lamtheo.platform.web.Problems;

import java.io.IOException;

/** 401, 403, 429 (sign-in locked) and 503 (account store unreachable) for the API as {@code application/problem+json}: no login redirect, no HTML. */
@Component
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemSecurityHandlers.class);

    private final ObjectMapper json;
    private final DeniedAccessLog deniedLog;

    public ProblemSecurityHandlers(ObjectMapper json, DeniedAccessLog deniedLog) {
        this.json = json;
        this.deniedLog = deniedLog;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof InternalAuthenticationServiceException) {
            // The account could not be read (the store timed out or is down): the credentials were never judged, so
            // "wrong credentials" would send the person hunting for a password that is right.
            log.error("Sign-in could not read the account store for {}", LogValue.of(request.getRequestURI()), e);
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            Problems.write(response, json, Problems.withInstance(Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                    "Tạm thời không kiểm tra được đăng nhập, vui lòng thử lại / Sign-in is unavailable for a moment, please retry"),
                    request.getRequestURI()));
            return;
        }
        if (e instanceof SignInThrottledException throttled) {
            // The same answer for every username, known or not: the lock says nothing about whether the account exists.
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            Problems.write(response, json, Problems.withInstance(Problems.of(HttpStatus.TOO_MANY_REQUESTS,
                    "Đăng nhập sai quá nhiều lần, tạm thời bị khoá; thử lại sau " + throttled.retryAfterSeconds()
                            + " giây / Too many failed sign-ins; retry after " + throttled.retryAfterSeconds() + " s"),
                    request.getRequestURI()));
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Lamtheo\", charset=\"UTF-8\"");
        Problems.write(response, json, Problems.withInstance(Problems.of(HttpStatus.UNAUTHORIZED,
                "Cần đăng nhập (HTTP Basic) hoặc thông tin đăng nhập sai / Sign in with HTTP Basic; missing or wrong credentials"),
                request.getRequestURI()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        deniedLog.deniedRequest(request.getMethod(), request.getRequestURI());
        Problems.write(response, json, Problems.withInstance(Problems.of(HttpStatus.FORBIDDEN,
                "Bạn không có quyền thực hiện việc này / You are not allowed to do this"), request.getRequestURI()));
    }
}
