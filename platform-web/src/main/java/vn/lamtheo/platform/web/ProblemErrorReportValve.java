package vn.lamtheo.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Replaces Tomcat's HTML error page for what Tomcat refuses before the application sees the request: an encoded
 * {@code /} ({@code %2f}), NUL ({@code %00}) or invalid UTF-8 ({@code %ff}) in the path, a URL or header block over
 * the connector's limit. Such answers are problems like every other one, without Tomcat's version or a stack trace.
 * Errors the application produced are already answered by the error controller and left alone.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    /** Spring's builder registers the mix-in that writes a problem's properties at the top level. */
    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = Problems.of(known == null ? HttpStatus.BAD_REQUEST : known,
                status == 400 ? ProblemTranslator.REJECTED : new ProblemTranslator().generic(known == null
                        ? HttpStatus.BAD_REQUEST : known, request.getMethod(), "").getDetail());
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            OutputStream out = response.getOutputStream();
            JSON.writeValue(out, problem);
            out.flush();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was already taken: nothing more to say
        }
    }
}
