package vn.lamtheo.cabinet.command;

import org.apache.commons.validator.routines.ISBNValidator;

import java.util.Optional;

/** ISBNs as the catalogue keeps them: ISBN-13 without separators; an ISBN-10 is converted (Commons Validator). */
final class Isbns {

    private static final ISBNValidator VALIDATOR = ISBNValidator.getInstance(true);

    private Isbns() {
    }

    /** The ISBN-13 of a typed ISBN-10 or ISBN-13 (hyphens and spaces allowed); empty when the check digit or form is wrong. */
    static Optional<String> toIsbn13(String typed) {
        return Optional.ofNullable(VALIDATOR.validate(typed.strip()));
    }
}
