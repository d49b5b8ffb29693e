package vn.lamtheo.pledge.web.page;

import org.springframework.validation.BindingResult;

/** Puts a command's violations next to the form fields they concern. */
final class FormErrors {

    private FormErrors() {
    }

    /**
     * Violation fields come as section keys ({@code tuTuongChinhTri}, also {@code sections.tuTuongChinhTri}) or
     * header fields ({@code assignedDuties}, {@code header.assignedDuties}); anything else is a form-wide error.
     */
    static void reject(BindingResult binding, String field, String message) {
        String path = formPath(field);
        if (path == null) {
            binding.reject("pledge.error.invalid", new Object[]{message}, message);
        } else {
            binding.rejectValue(path, "pledge.error.field", new Object[]{message}, message);
        }
    }

    static String formPath(String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        String key = field;
        if (key.startsWith("sections.")) {
            key = key.substring("sections.".length());
        }
        if (key.startsWith("header.")) {
            key = key.substring("header.".length());
        }
        return switch (key) {
            case "fullName", "birthYear", "position", "assignedDuties" -> key;
            default -> key.matches("[a-zA-Z]+") ? "sections[" + key + "]" : null;
        };
    }
}
