package vn.lamtheo.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.autoconfigure.web.servlet.error.AbstractErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Replaces Spring Boot's error controller: every error that did not come from a REST controller (unknown route,
 * wrong method or media type, a filter's sendError) is answered as a problem, except that a browser asking for a
 * page outside {@code /api} gets the HTML error view (an {@code error} template, if the pages provide one).
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController extends AbstractErrorController {

    private final ErrorAttributes errorAttributes;
    private final ProblemTranslator translator;
    private final ObjectMapper json;

    public ProblemErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> viewResolvers,
                                  ProblemTranslator translator, ObjectMapper json) {
        super(errorAttributes, viewResolvers);
        this.errorAttributes = errorAttributes;
        this.translator = translator;
        this.json = json;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isApi(request)) {
            Problems.write(response, json, problem(request));
            return null;
        }
        HttpStatus status = getStatus(request);
        Map<String, Object> model = getErrorAttributes(request, ErrorAttributeOptions.defaults());
        response.setStatus(status.value());
        ModelAndView view = resolveErrorView(request, response, status, model);
        return view != null ? view : new ModelAndView("error", model);
    }

    @RequestMapping
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        ProblemDetail problem = problem(request);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private ProblemDetail problem(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        String path = originalPath(request);
        ProblemDetail problem = translator.translate(error, status, request.getMethod(), path);
        if (problem.getStatus() != status.value() && status.value() != 500) {
            problem = translator.generic(status, request.getMethod(), path); // the status already sent wins
        }
        return Problems.withInstance(problem, path);
    }

    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri == null ? request.getRequestURI() : uri.toString();
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = originalPath(request).substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/api-docs");
    }
}
