package vn.lamtheo.kernel.security;

import org.springframework.http.HttpStatus;
import vn.lamtheo.kernel.web.ProblemException;

/** 404: unknown, or not visible to this person (the two are deliberately indistinguishable). */
public class NotFoundException extends ProblemException {
    public NotFoundException(String what) {
        super(HttpStatus.NOT_FOUND, "Không tìm thấy " + what + " / Not found: " + what);
    }
}
