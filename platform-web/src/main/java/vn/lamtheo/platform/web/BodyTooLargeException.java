package vn.lamtheo.platform.web;

import java.io.IOException;

/** Thrown while reading a request body that grows past its limit; answered as 413. */
public class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("Request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
