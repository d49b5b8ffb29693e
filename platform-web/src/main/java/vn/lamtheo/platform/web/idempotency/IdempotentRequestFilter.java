package vn.lamtheo.platform.web.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.lamtheo.platform.web.ProblemException;
import vn.lamtheo.platform.web.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One key, one effect, the first answer replayed — for every command of the API ({@code Idempotency-Key} header)
 * and every page form ({@code idempotencyKey} field), whichever controller answers it. Keys are scoped per account:
 * one user never gets another's answer.
 * <ul>
 * <li>The key is reserved atomically before the command runs ({@link IdempotencyRecords}); parallel requests with
 *     the same key wait for the first and replay its answer (with {@code Idempotent-Replayed: true}), or get 409
 *     if it is still running after {@code wait}.</li>
 * <li>A success is kept: a 2xx answer of the API, the redirect of a form post (post-redirect-get; a form shown again
 *     with its errors changed nothing). Anything else releases the key: nothing was applied, so a retry is decided
 *     again.</li>
 * <li>The same key with a different request (method, path, If-Match or body) is refused with 422, as the IETF draft
 *     on the Idempotency-Key header says; the stored answer is not given out for another request.</li>
 * <li>Imports (JSON Lines or multipart files of up to hundreds of MB) are idempotent by the ids in the file; their
 *     key is checked but they are not buffered here.</li>
 * </ul>
 */
public class IdempotentRequestFilter extends OncePerRequestFilter {

    static final String REPLAYED = "Idempotent-Replayed";
    private static final Set<String> COMMANDS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> KEPT_HEADERS = Set.of(HttpHeaders.ETAG, HttpHeaders.LOCATION);
    private static final long POLL_MILLIS = 20;

    private final IdempotencyRecords records;
    private final ObjectMapper json;
    private final String importPathPrefix;
    private final Duration wait;

    IdempotentRequestFilter(IdempotencyRecords records, ObjectMapper json, String importPathPrefix, Duration wait) {
        this.records = records;
        this.json = json;
        this.importPathPrefix = importPathPrefix;
        this.wait = wait;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !COMMANDS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = request.getHeader(IdempotencyKey.HEADER) == null && isForm(request);
        Optional<String> key;
        try {
            key = form ? IdempotencyKey.parse(request.getParameter(IdempotencyKey.FORM_FIELD), IdempotencyKey.FORM_FIELD)
                    : IdempotencyKey.parse(request.getHeader(IdempotencyKey.HEADER), IdempotencyKey.HEADER);
        } catch (ProblemException e) {
            problem(request, response, e);
            return;
        }
        String account = account();
        if (key.isEmpty() || account == null || isUpload(request)) {
            chain.doFilter(request, response);
            return;
        }
        BufferedBodyRequest buffered = new BufferedBodyRequest(request, form ? new byte[0] : request.getInputStream().readAllBytes());
        String id = account + "|" + key.get();
        String fingerprint = fingerprint(buffered, form);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            IdempotencyRecords.Claim claim = records.claim(id, fingerprint);
            if (claim instanceof IdempotencyRecords.Claim.Owned owned) {
                run(buffered, response, chain, id, owned.token(), form);
                return;
            }
            if (claim instanceof IdempotencyRecords.Claim.Done done) {
                replay(done.answer(), response);
                return;
            }
            if (claim instanceof IdempotencyRecords.Claim.Mismatch) {
                problem(request, response, new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY,
                        "Khóa Idempotency-Key này đã dùng cho một yêu cầu khác / This Idempotency-Key was already used for another request"));
                return;
            }
            if (System.nanoTime() > deadline) {
                problem(request, response, new ProblemException(HttpStatus.CONFLICT,
                        "Yêu cầu với khóa này vẫn đang được xử lý; hãy thử lại sau / A request with this key is still being processed; retry later"));
                return;
            }
            pause(); // Busy: the first request with this key is running
        }
    }

    private void run(BufferedBodyRequest request, HttpServletResponse response, FilterChain chain, String id, String token,
                     boolean form) throws ServletException, IOException {
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, capture);
            int status = capture.getStatus();
            if (form ? status >= 300 && status < 400 : status >= 200 && status < 300) {
                Map<String, String> headers = new LinkedHashMap<>();
                if (capture.getContentType() != null) {
                    headers.put(HttpHeaders.CONTENT_TYPE, capture.getContentType()); // the wrapper keeps it, not as a header
                }
                KEPT_HEADERS.forEach(name -> {
                    String value = capture.getHeader(name);
                    if (value != null) {
                        headers.put(name, value);
                    }
                });
                records.complete(id, token, new RecordedAnswer(status, headers, capture.getContentAsByteArray()));
                kept = true;
            }
        } finally {
            if (!kept) {
                records.release(id, token);
            }
        }
        capture.copyBodyToResponse();
    }

    private static void replay(RecordedAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, ProblemException e) throws IOException {
        Problems.write(response, json, Problems.withInstance(Problems.of(e.status(), e.getMessage(), e.problems()), request.getRequestURI()));
    }

    /** The signed-in account the key belongs to; none before sign-in (Spring Security has answered those already). */
    private static String account() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(type));
    }

    private boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return request.getRequestURI().startsWith(request.getContextPath() + importPathPrefix)
                || (type != null && type.toLowerCase().startsWith("multipart/"));
    }

    /** What makes two requests the same: method, path and query, If-Match, and the body (or the form's fields). */
    private static String fingerprint(BufferedBodyRequest request, boolean form) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[]{request.getMethod(), request.getRequestURI(), request.getQueryString(),
                    request.getHeader(HttpHeaders.IF_MATCH)}) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            if (form) {
                Map<String, String[]> fields = new TreeMap<>(request.getParameterMap());
                fields.remove("_csrf"); // per session, not part of what was asked
                fields.forEach((name, values) -> {
                    digest.update(name.getBytes(StandardCharsets.UTF_8));
                    for (String value : values) {
                        digest.update((byte) 0);
                        digest.update(value.getBytes(StandardCharsets.UTF_8));
                    }
                    digest.update((byte) 1);
                });
            } else {
                digest.update(request.body());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the first request with this key", e);
        }
    }
}
