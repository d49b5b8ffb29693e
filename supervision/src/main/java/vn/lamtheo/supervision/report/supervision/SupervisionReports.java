package vn.lamtheo.supervision.report.supervision;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.platform.security.AccessPolicy;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.platform.web.ProblemException;
import vn.lamtheo.supervision.report.figures.FigureDocuments;
import vn.lamtheo.supervision.report.figures.Figures;
import vn.lamtheo.supervision.report.figures.FiguresReader;
import vn.lamtheo.supervision.report.supervision.SupervisionReport.UnitRow;
import vn.lamtheo.supervision.report.supervision.SupervisionReport.UnitSummary;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Builds the supervision report a reader may see. Scope: the supervision team and the curator see their district
 * (their unit and everything below), a committee officer their own commune; any other role is refused (403), and
 * a unit outside the reader's reach is answered as not found (404), as everywhere in Lamtheo.
 */
@Service
public class SupervisionReports {

    /** The roles that may read supervision reports, each within their own unit. */
    public static final Role[] READERS = {Role.SUPERVISOR, Role.DISTRICT_CURATOR, Role.COMMITTEE_OFFICER};

    private final Directory directory;
    private final AccessPolicy access;
    private final FiguresReader reader;
    private final MessageSource messages;
    private final Clock clock;

    public SupervisionReports(Directory directory, AccessPolicy access, FiguresReader reader, MessageSource messages,
                              ObjectProvider<Clock> clock) {
        this.directory = directory;
        this.access = access;
        this.reader = reader;
        this.messages = messages;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public static boolean mayRead(Actor actor) {
        return actor != null && List.of(READERS).stream().anyMatch(actor::has);
    }

    public int currentYear() {
        return FigureDocuments.yearOf(clock.instant());
    }

    /**
     * @param year   null for the current year
     * @param unitId null for the reader's own unit
     */
    public SupervisionReport report(Actor actor, Integer year, String unitId, Locale locale) {
        if (!mayRead(actor)) {
            throw new ProblemException(HttpStatus.FORBIDDEN,
                    "Chỉ tổ giám sát, Ban Tuyên giáo và đảng ủy xã xem được báo cáo giám sát"
                            + " / Only the supervision team, the curator and commune committees may read supervision reports");
        }
        String target = unitId == null || unitId.isBlank() ? actor.unitId() : unitId;
        String what = "báo cáo của đơn vị " + target + " / report of unit " + target;
        access.requireReach(actor, target, what, READERS);
        Unit unit = directory.unit(target).orElseThrow(() -> new NotFoundException(what));
        int reportYear = year == null ? currentYear() : year;
        if (reportYear < 1900 || reportYear > 9999) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "Năm không hợp lệ / Invalid year",
                    List.of(new ProblemException.FieldProblem("year", "Năm từ 1900 đến 9999 / a year from 1900 to 9999")));
        }
        return build(unit, reportYear, locale);
    }

    private SupervisionReport build(Unit unit, int year, Locale locale) {
        int previousYear = year - 1;
        FiguresReader.Tree tree = reader.read(unit, List.of(year, previousYear));
        List<UnitRow> rows = tree.children().stream().map(child -> row(tree, child, null, year, previousYear)).toList();
        List<UnitRow> subunits = tree.children().stream().flatMap(child -> tree.childrenOf(child.id()).stream()
                .map(grandchild -> row(tree, grandchild, child.name(), year, previousYear))).toList();
        Figures totals = tree.of(unit.id(), year);
        Figures previous = tree.of(unit.id(), previousYear);
        SupervisionReport.Assessment assessment = new AssessmentWriter(messages, locale)
                .write(unit.name(), year, previousYear, totals, previous, rows);
        return new SupervisionReport(year, previousYear, clock.instant(),
                new UnitSummary(unit.id(), unit.name(), unit.type().name()), totals, previous, rows, assessment, subunits);
    }

    private static UnitRow row(FiguresReader.Tree tree, Unit unit, String parentName, int year, int previousYear) {
        return new UnitRow(unit.id(), unit.name(), unit.type().name(), parentName, tree.of(unit.id(), year),
                tree.of(unit.id(), previousYear));
    }
}
