package vn.lamtheo.pledge.web.page;

import vn.lamtheo.pledge.web.page.PledgePagesBackend.Queue;
import vn.lamtheo.pledge.web.page.PledgePagesBackend.QueueRow;

import java.util.List;

/**
 * A pledge's place among the branch's pledges in the review queue's order (waiting ones first), so that the reviewer
 * can go on to the previous or next one without going back to the list. Drafts are not in it: nobody reviews them.
 *
 * @param position 1-based
 * @param previousId null on the first
 * @param nextId     null on the last
 */
record QueueNav(String branchId, int year, int position, int total, String previousId, String nextId) {

    /** Null when the pledge is not (or no longer) in the queue. */
    static QueueNav of(Queue queue, String pledgeId) {
        List<String> ids = queue.rows().stream()
                .filter(r -> r.pledgeId() != null && !"DRAFT".equals(r.status()))
                .map(QueueRow::pledgeId).toList();
        int index = ids.indexOf(pledgeId);
        if (index < 0) {
            return null;
        }
        return new QueueNav(queue.branchId(), queue.year(), index + 1, ids.size(),
                index > 0 ? ids.get(index - 1) : null, index < ids.size() - 1 ? ids.get(index + 1) : null);
    }
}
