package vn.lamtheo.platform.security;

import org.springframework.http.HttpStatus;
import vn.lamtheo.platform.web.ProblemException;

/** 404: unknown, or not visible to this person (the two are deliberately indistinguishable). */
public class NotFoundException extends ProblemException {
    public NotFoundException(String what) {
        super(HttpStatus.NOT_FOUND, "Không tìm thấy " + what + " / Not found: " + what);
    }
}
