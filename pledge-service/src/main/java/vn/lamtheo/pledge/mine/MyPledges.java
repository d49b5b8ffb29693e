package vn.lamtheo.pledge.mine;

import java.time.Instant;
import java.util.List;

/** The member's own pledges, newest year first. */
public record MyPledges(String memberId, List<Item> pledges) {

    public record Item(String pledgeId, int year, String templateKind, String status, String branchId,
                       Integer findingsCount, String revisionReason, String evaluation, Instant updatedAt) {
    }
}
