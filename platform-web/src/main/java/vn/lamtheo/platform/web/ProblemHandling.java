package vn.lamtheo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.lamtheo.platform.log.LogValue;

import java.util.UUID;

/**
 * The global error mapping of every REST controller: each failure becomes {@code application/problem+json}.
 * Lowest precedence, so that a context's own advice for its own exceptions wins. Failures outside controllers
 * (unknown routes, wrong methods, filters) reach {@link ProblemErrorController} instead.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemHandling {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    private final ProblemTranslator translator;

    public ProblemHandling(ProblemTranslator translator) {
        this.translator = translator;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handle(Exception ex, HttpServletRequest request) throws Exception {
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            throw ex; // Spring Security answers these (401/403 as problems) and logs the denial
        }
        ProblemDetail problem = translator.known(ex).orElseGet(() -> fault(ex, request));
        Problems.withInstance(problem, request.getRequestURI());
        HttpHeaders headers = new HttpHeaders();
        if (ex instanceof ErrorResponse response) {
            headers.putAll(response.getHeaders()); // Allow for 405, Accept for 415
        }
        if (problem.getStatus() >= 500) {
            log.debug("Answered {} to {} {}", problem.getStatus(), LogValue.of(request.getMethod()), LogValue.of(request.getRequestURI()));
        }
        return ResponseEntity.status(problem.getStatus()).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** An unexpected failure: logged in full under an incident id; the client gets only the id. */
    private ProblemDetail fault(Exception ex, HttpServletRequest request) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {} on {} {}", incident, LogValue.of(request.getMethod()), LogValue.of(request.getRequestURI()), ex);
        ProblemDetail problem = translator.generic(HttpStatus.INTERNAL_SERVER_ERROR, request.getMethod(), request.getRequestURI());
        problem.setDetail(problem.getDetail() + " (mã sự cố / incident " + incident + ")");
        problem.setProperty("incident", incident);
        return problem;
    }
}
