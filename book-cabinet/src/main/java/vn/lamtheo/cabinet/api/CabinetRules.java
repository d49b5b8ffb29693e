package vn.lamtheo.cabinet.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The configurable rules of every cabinet: how long a loan runs and the categories (codes in display order) a title
 * may have. Dates are Vietnamese calendar dates, whatever the server's time zone.
 *
 * @param loanDays           the default loan period and the length of a renewal
 * @param categories         category codes, the first being political theory (lý luận chính trị), whose new titles
 *                           the figures count
 */
public record CabinetRules(int loanDays, List<String> categories) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static final List<String> DEFAULT_CATEGORIES = List.of("LY_LUAN_CHINH_TRI", "HOC_TAP_LAM_THEO_BAC", "PHAP_LUAT",
            "KHKT_NONG_NGHIEP", "VAN_HOA_XA_HOI", "THIEU_NHI", "KHAC");

    public CabinetRules {
        if (loanDays < 1) {
            throw new IllegalArgumentException("lamtheo.cabinets.loan-days must be at least 1");
        }
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("lamtheo.cabinets.categories must name at least one category");
        }
        categories = List.copyOf(categories);
    }

    public static CabinetRules defaults() {
        return new CabinetRules(14, DEFAULT_CATEGORIES);
    }

    public String politicalTheory() {
        return categories.get(0);
    }

    public static LocalDate dateOf(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }
}
