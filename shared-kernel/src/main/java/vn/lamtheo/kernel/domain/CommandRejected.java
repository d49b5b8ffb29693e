package vn.lamtheo.kernel.domain;

import java.util.List;

/**
 * A decision of an aggregate that refuses a command. Plain Java, no Spring: the web layer maps the
 * reason to a status (WRONG_STATE and DUPLICATE 409, INVALID 422, NOT_ALLOWED 403, STALE 412).
 * Messages name the state ("Cannot approve pledge in status DRAFT") and never quote pledge text.
 */
public class CommandRejected extends RuntimeException {

    public enum Reason { WRONG_STATE, INVALID, DUPLICATE, NOT_ALLOWED, STALE }

    /** @param field a field or section key such as {@code tuTuongChinhTri}; @param message why, for people */
    public record Violation(String field, String message) {
    }

    private final Reason reason;
    private final List<Violation> violations;
    private final String state;

    public CommandRejected(Reason reason, String message) {
        this(reason, message, List.of());
    }

    public CommandRejected(Reason reason, String message, List<Violation> violations) {
        this(reason, message, violations, null);
    }

    private CommandRejected(Reason reason, String message, List<Violation> violations, String state) {
        super(message, null, false, false); // a decision, not a fault: no stack trace needed
        this.reason = reason;
        this.violations = List.copyOf(violations);
        this.state = state;
    }

    /**
     * A WRONG_STATE refusal whose message names the state in people's words and which carries the state's code
     * ({@code ON_LOAN}) for programs, so clients need not parse the (translated) message.
     */
    public static CommandRejected inState(String message, String stateCode) {
        return new CommandRejected(Reason.WRONG_STATE, message, List.of(), stateCode);
    }

    public static CommandRejected wrongState(String action, String aggregate, Enum<?> status) {
        return new CommandRejected(Reason.WRONG_STATE, "Cannot " + action + " " + aggregate + " in status " + status);
    }

    public Reason reason() {
        return reason;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The code of the state the command was refused in, or null when the refusal names none. */
    public String state() {
        return state;
    }
}
