package vn.lamtheo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Every query parameter that names a year, on every API route and page, is a whole number from
 * {@link WebLimitsProperties#firstYear()} to next year; anything else is a 400 naming the parameter.
 * One check here, so a new screen with a {@code year} parameter cannot forget it (−1, 99999 and 2³¹ were accepted).
 */
public class YearParameters implements HandlerInterceptor {

    /** Vietnam's calendar decides what "this year" is; the district works in it. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Set<String> NAMES = Set.of("year", "startYear");

    private final int firstYear;
    private final Clock clock;

    public YearParameters(int firstYear, Clock clock) {
        this.firstYear = firstYear;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (String name : NAMES) {
            String[] values = request.getParameterValues(name);
            if (values != null) {
                for (String value : values) {
                    check(name, value);
                }
            }
        }
        return true;
    }

    private void check(String name, String value) {
        int lastYear = clock.instant().atZone(VIETNAM).getYear() + 1;
        String text = value.strip();
        boolean valid = !text.isEmpty() && text.length() <= 4 && text.chars().allMatch(c -> c >= '0' && c <= '9')
                && Integer.parseInt(text) >= firstYear && Integer.parseInt(text) <= lastYear;
        if (!valid && !text.isEmpty()) {
            String message = "Năm phải là số nguyên từ " + firstYear + " đến " + lastYear
                    + " / The year must be a whole number from " + firstYear + " to " + lastYear;
            throw new ProblemException(HttpStatus.BAD_REQUEST, "Tham số '" + name + "' không hợp lệ: " + message,
                    List.of(new ProblemException.FieldProblem(name, message)));
        }
    }
}
