package vn.lamtheo.pledge.application;

import vn.lamtheo.kernel.events.UnhandledEvent;
import vn.lamtheo.kernel.events.pledge.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The history screen: each event with a short human summary, and the content changes since the previous text. */
public final class PledgeHistory {

    /** @param changes fields whose text changed ({@code sections.<key>}, {@code header.<field>}, {@code followsModelIds}) */
    public record Entry(long sequence, String type, Instant at, String actorId, String summary, List<Change> changes) {
    }

    public record Change(String field, String before, String after) {
    }

    private PledgeHistory() {
    }

    /** @param showsId whether the reader may see another pledge's id; one they may not is named "another pledge" */
    public static List<Entry> of(List<PledgeEvents.Stored> events, Predicate<String> showsId) {
        List<Entry> entries = new ArrayList<>();
        PledgeContent previous = null;
        for (PledgeEvents.Stored stored : events) {
            PledgeEvent e = stored.event();
            PledgeContent content = contentOf(e);
            List<Change> changes = List.of();
            if (content != null) {
                changes = previous == null ? List.of() : diff(previous, content);
                previous = content;
            }
            entries.add(new Entry(stored.sequence(), e.getClass().getSimpleName(), e.at(), e.actorId(),
                    summary(e, id -> showsId.test(id) ? id : ANOTHER), changes));
        }
        return entries;
    }

    private static PledgeContent contentOf(PledgeEvent e) {
        if (e instanceof PledgeDrafted d) return d.content();
        if (e instanceof PledgeEdited d) return d.content();
        if (e instanceof PledgeSubmitted d) return d.content();
        if (e instanceof PledgeRevised d) return d.content();
        if (e instanceof PledgeImported d) return d.content();
        return null;
    }

    static final String ANOTHER = "một bản khác / another pledge";

    static String summary(PledgeEvent e, UnaryOperator<String> other) {
        if (e instanceof PledgeDrafted) return "Tạo bản nháp / Draft created";
        if (e instanceof PledgeEdited) return "Sửa nội dung / Content edited";
        if (e instanceof PledgeSubmitted s) return "Nộp bản đăng ký / Submitted (" + s.findings().size() + " findings)";
        if (e instanceof PledgeRevised r) return "Nộp lại sau khi sửa / Resubmitted, revision " + r.revision()
                + " (" + r.findings().size() + " findings)";
        if (e instanceof PledgeImported i) return "Nhập từ tệp / Imported as " + i.status();
        if (e instanceof PledgeWithdrawn) return "Rút lại để sửa / Withdrawn to draft";
        if (e instanceof PledgeApproved) return "Phê duyệt / Approved";
        if (e instanceof PledgeRevisionRequested r) return "Yêu cầu sửa / Revision requested: " + r.reason()
                + (r.sectionComments().isEmpty() ? "" : " — comments on " + String.join(", ", r.sectionComments().keySet()));
        if (e instanceof PledgeFlaggedAsCopied f) return "Đánh dấu sao chép / Flagged as copied from "
                + f.sourcePledgeIds().stream().map(other).distinct().collect(Collectors.joining(", "));
        if (e instanceof CopySuspicionDismissed) return "Bỏ nghi vấn sao chép / Copy suspicion dismissed";
        if (e instanceof PledgeSelfAssessed) return "Tự đánh giá cuối năm / Self-assessed";
        if (e instanceof PledgeEvaluated v) return "Đánh giá / Evaluated: " + v.result();
        if (e instanceof PledgeRetired r) return "Ngừng theo dõi / Retired: " + r.reason();
        if (e instanceof CopyCheckRecorded c) return String.format("Kiểm tra sao chép / Copy check: score %.2f%s, %d sources",
                c.score(), c.suspected() ? " (suspected)" : "", c.sources().size());
        if (e instanceof CopyPairRecorded c) return String.format("%s %s: score %.2f%s", pairWords(c.source().direction()),
                other.apply(c.source().pledgeId()), c.source().score(), c.suspected() ? " (suspected)" : "");
        if (e instanceof CopyPairWithdrawn c) return "Không còn trùng nội dung với / No longer shares text with "
                + other.apply(c.otherPledgeId());
        if (e instanceof PledgeCopiedBy c) return "Bị sao chép bởi / Copied by " + other.apply(c.source().pledgeId());
        if (e instanceof PledgeCopiedFrom c) return "Sao chép từ bản cam kết năm trước / Copied from an earlier year's pledge "
                + other.apply(c.source().pledgeId());
        throw new UnhandledEvent(PledgeHistory.class, e); // every permitted event has its summary: PledgeEventHandlingTest
    }

    /** The direction in words: neutral when nothing tells which pledge came first. */
    private static String pairWords(CopyDirection direction) {
        return switch (direction) {
            case COPIED_FROM -> "Nghi sao chép từ / May have copied from";
            case COPIED_BY -> "Bị sao chép bởi / Copied by";
            case UNDETERMINED -> "Trùng nội dung với / Shares text with";
        };
    }

    static List<Change> diff(PledgeContent before, PledgeContent after) {
        Map<String, String> a = flatten(before), b = flatten(after);
        List<Change> changes = new ArrayList<>();
        b.forEach((field, value) -> {
            String old = a.get(field);
            if (!Objects.equals(blankToNull(old), blankToNull(value))) {
                changes.add(new Change(field, old, value));
            }
        });
        return changes;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Map<String, String> flatten(PledgeContent c) {
        Map<String, String> m = new LinkedHashMap<>();
        PledgeHeader h = c.header();
        m.put("header.fullName", h.fullName());
        m.put("header.birthYear", h.birthYear() == null ? null : h.birthYear().toString());
        m.put("header.position", h.position());
        m.put("header.assignedDuties", h.assignedDuties());
        c.sections().asMap().forEach((k, v) -> m.put("sections." + k, v));
        m.put("followsModelIds", String.join(",", c.followsModelIds()));
        return m;
    }
}
