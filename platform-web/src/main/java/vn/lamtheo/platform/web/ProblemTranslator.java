package vn.lamtheo.platform.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.beans.TypeMismatchException;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.platform.web.ProblemException.FieldProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns any exception into the problem a client should see. Knows Lamtheo's own rejections, Axon's (which may
 * arrive wrapped) and Spring MVC's; anything else is a 500 that says nothing about the internals.
 * Never copies submitted values into a message: they may be pledge text.
 */
@Component
public class ProblemTranslator {

    /** What the firewall's and the server's own refusals of a malformed request say. */
    public static final String REJECTED = "Yêu cầu bị từ chối: đường dẫn hoặc một tiêu đề (header) có ký tự không được phép, "
            + "hoặc đường dẫn quá dài / The request was rejected: its URL or a header has characters that are not allowed, "
            + "or the URL is too long";

    /** The problem for a known exception anywhere in the cause chain, or empty for a fault (500). */
    public Optional<ProblemDetail> known(Throwable ex) {
        // A body over the limit fails while the JSON is read: the reader's wrapper (400) must not hide the 413.
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return direct(t);
            }
        }
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<ProblemDetail> problem = direct(t);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** The problem for {@code ex}, or a generic one for {@code status} when the exception is unknown or absent. */
    public ProblemDetail translate(Throwable ex, HttpStatusCode status, String method, String path) {
        return known(ex).orElseGet(() -> generic(status, method, path));
    }

    public ProblemDetail generic(HttpStatusCode status, String method, String path) {
        String detail = switch (status.value()) {
            case 400 -> "Yêu cầu không hợp lệ / The request is not valid";
            case 401 -> "Cần đăng nhập / Sign in first";
            case 403 -> "Bạn không có quyền thực hiện việc này / You are not allowed to do this";
            case 404 -> "Không có đường dẫn " + path + " / No such route: " + path;
            case 405 -> "Không hỗ trợ phương thức " + method + " tại " + path + " / Method " + method + " is not supported at " + path;
            case 413 -> "Dữ liệu gửi lên quá lớn / The request body is too large";
            case 415 -> "Định dạng dữ liệu không được hỗ trợ / Unsupported content type";
            default -> status.is5xxServerError()
                    ? "Đã xảy ra lỗi hệ thống; vui lòng thử lại sau / Something went wrong on our side; please retry later"
                    : Problems.title(status);
        };
        return Problems.of(status, detail);
    }

    private Optional<ProblemDetail> direct(Throwable t) {
        if (t instanceof ProblemException p) {
            return Optional.of(Problems.of(p.status(), p.getMessage(), p.problems()));
        }
        if (t instanceof CommandRejected r) {
            List<FieldProblem> fields = r.violations().stream().map(v -> new FieldProblem(v.field(), v.message())).toList();
            ProblemDetail problem = Problems.of(statusOf(r.reason()), r.getMessage(), fields);
            if (r.state() != null) {
                problem.setProperty(Problems.STATE, r.state());
            }
            return Optional.of(problem);
        }
        if (t instanceof BodyTooLargeException b) {
            return Optional.of(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, RequestBodyLimitFilter.tooLarge(b.limit())));
        }
        if (t instanceof RequestRejectedException) {
            // The firewall's message quotes the offending value: not repeated to the client.
            return Optional.of(Problems.of(HttpStatus.BAD_REQUEST, REJECTED));
        }
        if (t instanceof MaxUploadSizeExceededException) {
            return Optional.of(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp gửi lên quá lớn / The uploaded file is too large"));
        }
        if (StoreLimits.isDocumentTooLarge(t)) {
            return Optional.of(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, StoreLimits.DOCUMENT_TOO_LARGE));
        }
        if (t instanceof AggregateNotFoundException a) {
            return Optional.of(Problems.of(HttpStatus.NOT_FOUND,
                    "Không tìm thấy " + a.getAggregateIdentifier() + " / Not found: " + a.getAggregateIdentifier()));
        }
        if (t instanceof ConflictingAggregateVersionException) {
            return Optional.of(Problems.of(HttpStatus.PRECONDITION_FAILED,
                    "Dữ liệu đã được người khác thay đổi; hãy tải lại rồi thử lại / The object changed since you read it; reload and retry"));
        }
        if (t instanceof ConcurrencyException) {
            return Optional.of(Problems.of(HttpStatus.CONFLICT,
                    "Có thay đổi đồng thời; hãy thử lại / A concurrent change happened; please retry"));
        }
        if (t instanceof HttpMessageNotReadableException m) {
            return Optional.of(unreadable(m));
        }
        if (t instanceof BindException b) {
            List<FieldProblem> fields = new ArrayList<>();
            b.getFieldErrors().forEach(e -> fields.add(new FieldProblem(e.getField(), e.getDefaultMessage())));
            b.getGlobalErrors().forEach(e -> fields.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
            return Optional.of(Problems.of(HttpStatus.BAD_REQUEST, invalidFields(fields), fields));
        }
        if (t instanceof HandlerMethodValidationException v) {
            List<FieldProblem> fields = new ArrayList<>();
            v.getAllValidationResults().forEach(r -> r.getResolvableErrors().forEach(e -> fields.add(
                    new FieldProblem(Optional.ofNullable(r.getMethodParameter().getParameterName()).orElse("?"), e.getDefaultMessage()))));
            return Optional.of(Problems.of(HttpStatus.BAD_REQUEST, invalidFields(fields), fields));
        }
        if (t instanceof ConstraintViolationException c) {
            List<FieldProblem> fields = c.getConstraintViolations().stream()
                    .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
            return Optional.of(Problems.of(HttpStatus.BAD_REQUEST, invalidFields(fields), fields));
        }
        if (t instanceof MissingServletRequestParameterException m) {
            return Optional.of(Problems.of(HttpStatus.BAD_REQUEST,
                    "Thiếu tham số '" + m.getParameterName() + "' / Missing parameter '" + m.getParameterName() + "'",
                    List.of(new FieldProblem(m.getParameterName(), "Bắt buộc / Required"))));
        }
        if (t instanceof MissingRequestHeaderException h) {
            return Optional.of(Problems.of(HttpStatus.BAD_REQUEST,
                    "Thiếu tiêu đề '" + h.getHeaderName() + "' / Missing header '" + h.getHeaderName() + "'",
                    List.of(new FieldProblem(h.getHeaderName(), "Bắt buộc / Required"))));
        }
        if (t instanceof TypeMismatchException m) {
            String name = Optional.ofNullable(m.getPropertyName()).orElse("?");
            Class<?> required = m.getRequiredType();
            String type = required == null ? "?" : required.isEnum()
                    ? java.util.Arrays.toString(required.getEnumConstants()) : required.getSimpleName();
            return Optional.of(Problems.of(HttpStatus.BAD_REQUEST,
                    "Tham số '" + name + "' sai kiểu, cần " + type + " / Parameter '" + name + "' must be a " + type,
                    List.of(new FieldProblem(name, "Cần kiểu / Expected " + type))));
        }
        if (t instanceof NoResourceFoundException || t instanceof NoHandlerFoundException) {
            return Optional.empty(); // the generic 404 names the path
        }
        if (t instanceof HttpRequestMethodNotSupportedException m) {
            return Optional.of(Problems.of(HttpStatus.METHOD_NOT_ALLOWED,
                    "Không hỗ trợ phương thức " + m.getMethod() + "; dùng " + m.getSupportedHttpMethods()
                            + " / Method " + m.getMethod() + " is not supported; use " + m.getSupportedHttpMethods()));
        }
        if (t instanceof HttpMediaTypeNotSupportedException m) {
            return Optional.of(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Không nhận định dạng " + m.getContentType() + "; dùng " + m.getSupportedMediaTypes()
                            + " / Content type " + m.getContentType() + " is not supported; use " + m.getSupportedMediaTypes()));
        }
        if (t instanceof HttpMediaTypeNotAcceptableException m) {
            return Optional.of(Problems.of(HttpStatus.NOT_ACCEPTABLE,
                    "Chỉ trả về " + m.getSupportedMediaTypes() + " / Only " + m.getSupportedMediaTypes() + " can be returned"));
        }
        if (t instanceof ErrorResponse e && !e.getStatusCode().is5xxServerError()) {
            String reason = e.getBody().getDetail();
            return Optional.of(Problems.of(e.getStatusCode(), reason == null ? Problems.title(e.getStatusCode()) : reason));
        }
        return Optional.empty();
    }

    public static HttpStatus statusOf(CommandRejected.Reason reason) {
        return switch (reason) {
            case WRONG_STATE, DUPLICATE -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case STALE -> HttpStatus.PRECONDITION_FAILED;
        };
    }

    private static ProblemDetail unreadable(HttpMessageNotReadableException m) {
        Throwable cause = m.getCause();
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            String type = mismatch.getTargetType() == null ? "?" : mismatch.getTargetType().getSimpleName();
            return Problems.of(HttpStatus.BAD_REQUEST,
                    "Trường '" + field + "' sai kiểu, cần " + type + " / Field '" + field + "' must be a " + type,
                    List.of(new FieldProblem(field, "Cần kiểu / Expected " + type)));
        }
        if (cause instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            String where = at == null ? "" : " (dòng/line " + at.getLineNr() + ", cột/column " + at.getColumnNr() + ")";
            return Problems.of(HttpStatus.BAD_REQUEST, "JSON không đúng cú pháp / Malformed JSON" + where);
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "Thiếu hoặc không đọc được nội dung yêu cầu / The request body is missing or unreadable");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static String invalidFields(List<FieldProblem> fields) {
        String names = fields.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        return "Dữ liệu không hợp lệ ở: " + names + " / Invalid fields: " + names;
    }
}
