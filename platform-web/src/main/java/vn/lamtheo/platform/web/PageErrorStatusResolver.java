package vn.lamtheo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.util.Optional;

/**
 * For handlers that {@link ProblemHandling} does not cover (page controllers): a known rejection — a
 * {@code NotFoundException} from the scope check, a {@code CommandRejected} — keeps its status (404, 409, ...)
 * instead of becoming a 500. The error page ({@link ProblemErrorController}) then renders it.
 */
public class PageErrorStatusResolver implements HandlerExceptionResolver {

    private final ProblemTranslator translator;

    public PageErrorStatusResolver(ProblemTranslator translator) {
        this.translator = translator;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        Optional<ProblemDetail> problem = translator.known(ex);
        if (problem.isEmpty() || response.isCommitted()) {
            return null;
        }
        try {
            response.sendError(problem.get().getStatus());
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }
}
