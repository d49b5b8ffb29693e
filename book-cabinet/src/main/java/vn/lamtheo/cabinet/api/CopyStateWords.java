package vn.lamtheo.cabinet.api;

import vn.lamtheo.kernel.events.cabinet.CopyState;

/** How a keeper says a copy's state: refusals and pages name it in these words, never by its code. */
public final class CopyStateWords {

    private CopyStateWords() {
    }

    public static String of(CopyState state) {
        return switch (state) {
            case AVAILABLE -> "đang có trên giá";
            case ON_LOAN -> "đang cho mượn";
            case LOST -> "đã mất";
            case DAMAGED -> "bị hư hỏng";
            case WITHDRAWN -> "đã thanh lý";
        };
    }
}
