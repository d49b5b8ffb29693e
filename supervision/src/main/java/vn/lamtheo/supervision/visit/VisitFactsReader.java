package vn.lamtheo.supervision.visit;

import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.kernel.directory.UnitType;
import vn.lamtheo.supervision.meeting.MeetingViews;
import vn.lamtheo.supervision.report.figures.Figures;
import vn.lamtheo.supervision.report.figures.FiguresReader;
import vn.lamtheo.supervision.visit.VisitFacts.BookCabinetFacts;
import vn.lamtheo.supervision.visit.VisitFacts.BranchFacts;
import vn.lamtheo.supervision.visit.VisitFacts.ModelFacts;

import java.util.List;
import java.util.Map;

/**
 * Gathers {@link VisitFacts} from the supervision report's figures (pledges and models, per branch) and the recorded
 * meetings. The book-cabinet context does not publish figures yet, and the section says so.
 */
@Component
public class VisitFactsReader {

    static final String NO_BOOK_CABINET = "Chưa có số liệu tủ sách: phân hệ tủ sách cơ sở chưa được đưa vào Lamtheo;"
            + " đoàn kiểm tra trực tiếp tại cơ sở.";

    private final FiguresReader figures;
    private final MeetingViews meetings;

    public VisitFactsReader(FiguresReader figures, MeetingViews meetings) {
        this.figures = figures;
        this.meetings = meetings;
    }

    public VisitFacts read(Unit unit, int year) {
        FiguresReader.Tree tree = figures.read(unit, List.of(year));
        List<Unit> branches = tree.subtree().stream().filter(u -> u.type() == UnitType.BRANCH).toList();
        Map<String, Integer> held = meetings.thematicCounts(branches.stream().map(Unit::id).toList(), year);
        List<BranchFacts> rows = branches.stream().map(branch -> {
            Figures f = tree.of(branch.id(), year);
            return new BranchFacts(branch.id(), branch.name(), f.get("members"), f.get("submitted"), f.get("approved"),
                    f.get("copySuspected"), f.get("withFindings"), f.get("findingNoShortcomings"), held.getOrDefault(branch.id(), 0));
        }).toList();
        Figures total = tree.of(unit.id(), year);
        ModelFacts models = new ModelFacts(total.get("models"), total.breakdown("modelsByField"), total.breakdown("modelsByStatus"),
                total.get("modelsCarriedOverWithoutResults"), total.get("modelsOverlapDanVanKheo"));
        return new VisitFacts(year, rows, models, new BookCabinetFacts(false, NO_BOOK_CABINET));
    }
}
