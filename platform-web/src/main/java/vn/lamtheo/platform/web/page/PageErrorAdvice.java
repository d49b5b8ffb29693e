package vn.lamtheo.platform.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.platform.web.ProblemException;

import java.util.UUID;

/**
 * Page controllers answer with friendly, translated error pages; {@code /api/**} keeps its problem+json.
 * Runs before any API-wide advice. The page never shows the exception's message: it may be English-only,
 * and must never carry pledge text.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

    private final PageModelAdvice pageModel;

    public PageErrorAdvice(PageModelAdvice pageModel) {
        this.pageModel = pageModel;
    }

    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException e, HttpServletRequest request, HttpServletResponse response) {
        return page(request, e.status(), response);
    }

    @ExceptionHandler(CommandRejected.class)
    ModelAndView rejected(CommandRejected e, HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = switch (e.reason()) {
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            case STALE -> HttpStatus.PRECONDITION_FAILED;
            case WRONG_STATE, DUPLICATE -> HttpStatus.CONFLICT;
        };
        return page(request, status, response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response) {
        return page(request, HttpStatus.FORBIDDEN, response);
    }

    /**
     * A query parameter or form field of the wrong type ({@code ?year=abc}) or missing: the person's address is wrong,
     * not the server, so a 400 page in Vietnamese, not an incident.
     */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            ServletRequestBindingException.class})
    ModelAndView badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return page(request, HttpStatus.BAD_REQUEST, response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof AuthenticationException) {
            throw e; // the security filters send the person to the sign-in page
        }
        // As the API does: logged in full under a short incident id, which the page gives the person to quote.
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {}: page request failed", incident, e);
        return page(request, HttpStatus.INTERNAL_SERVER_ERROR, response).addObject("incident", incident);
    }

    /**
     * The error page keeps the signed-in person's header and navigation (the model attributes of
     * {@link PageModelAdvice} are not applied to an exception handler's model), so nobody is stranded on it.
     */
    ModelAndView page(HttpServletRequest request, HttpStatus status, HttpServletResponse response) {
        response.setStatus(status.value());
        String view = switch (status.value()) {
            case 400 -> "error/400";
            case 403 -> "error/403";
            case 404 -> "error/404";
            default -> status.is5xxServerError() ? "error/5xx" : "error/4xx";
        };
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        page.addObject("me", pageModel.me(request));
        page.addObject("nav", pageModel.nav(request));
        page.addObject("currentPath", pageModel.currentPath(request));
        return page;
    }
}
