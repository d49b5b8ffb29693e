package vn.lamtheo.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Refuses a request whose {@code Content-Type} is not a media type a body can have ("garbage", {@code *}{@code /*},
 * {@code text/*}) with a 415 naming the header, before anything reads it. Without it every reader of the header
 * fails its own way (Spring's body readers and the idempotency filter threw, answering 500: issue #22's fuzz).
 */
public class ContentTypeFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    public ContentTypeFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !isConcrete(contentType)) {
            Problems.write(response, json, Problems.withInstance(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type không hợp lệ / The Content-Type header is not a concrete media type (e.g. application/json)",
                    List.of(new ProblemException.FieldProblem("Content-Type",
                            "phải là một kiểu cụ thể như application/json / must be a concrete media type such as application/json"))),
                    request.getRequestURI()));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isConcrete(String contentType) {
        try {
            return MediaType.parseMediaType(contentType).isConcrete();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
