package vn.lamtheo.cabinet.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * @param loanDays   {@code lamtheo.cabinets.loan-days}: the default loan period and the length of a renewal (14 days:
 *                   the period commune libraries use)
 * @param categories {@code lamtheo.cabinets.categories}: category codes, comma separated, political theory first;
 *                   empty means the built-in list
 */
@ConfigurationProperties("lamtheo.cabinets")
public record CabinetProperties(Integer loanDays, List<String> categories) {

    public CabinetProperties {
        loanDays = loanDays == null ? 14 : loanDays;
        categories = categories == null ? List.of()
                : categories.stream().map(String::trim).filter(code -> !code.isEmpty()).toList();
    }
}
