package vn.lamtheo.supervision.report.supervision;

import org.springframework.context.MessageSource;

import java.util.Locale;

/** The report's words in one language: column headings, model fields, statuses, reasons, unit levels. */
public record ReportLabels(MessageSource messages, Locale locale) {

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public String column(String count) {
        return text("report.col." + count);
    }

    /** A configured model field; a field added to the configuration later shows its code until it gets a label. */
    public String field(String code) {
        return messages.getMessage("report.field." + code, null, code, locale);
    }

    public String status(String code) {
        return messages.getMessage("report.status." + code, null, code, locale);
    }

    public String reason(String code) {
        return messages.getMessage("report.reason." + code, null, code, locale);
    }

    public String level(String unitType) {
        return messages.getMessage("report.level." + unitType, null, unitType, locale);
    }
}
