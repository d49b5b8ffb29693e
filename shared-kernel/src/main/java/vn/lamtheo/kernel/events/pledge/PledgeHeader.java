package vn.lamtheo.kernel.events.pledge;

/**
 * The form's header, field names as in the shared corpus. {@code positionCode}, {@code branchName} and
 * {@code committeeName} are optional (the corpus has them; drafts typed by a member may not).
 */
public record PledgeHeader(String fullName, Integer birthYear, String position, String positionCode,
                           String assignedDuties, String branchName, String committeeName) {

    public static PledgeHeader empty() {
        return new PledgeHeader(null, null, null, null, null, null, null);
    }
}
