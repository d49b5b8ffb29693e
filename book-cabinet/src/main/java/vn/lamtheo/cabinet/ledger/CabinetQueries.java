package vn.lamtheo.cabinet.ledger;

import org.springframework.stereotype.Service;
import vn.lamtheo.cabinet.access.CabinetAccess;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What the cabinet's screens read, each after checking that the person may see the cabinet (404 otherwise). */
@Service
public class CabinetQueries {

    private final CabinetStore store;
    private final CabinetAccess access;
    private final Directory directory;

    public CabinetQueries(CabinetStore store, CabinetAccess access, Directory directory) {
        this.store = store;
        this.access = access;
        this.directory = directory;
    }

    public record CabinetSummary(String id, String unitId, String name, String place, boolean reachable) {
    }

    /** The cabinets the person may see; a district has tens, so the whole (small) collection is read. */
    public List<CabinetSummary> cabinets(Actor actor) {
        return store.cards.all().stream()
                .filter(c -> access.canRead(actor, c.unitId))
                .sorted(Comparator.comparing((CabinetCard c) -> c.unitId).thenComparing(c -> c.name))
                .map(c -> new CabinetSummary(c.cabinetId, c.unitId, c.name, c.place, c.reachable))
                .toList();
    }

    public CabinetCard card(Actor actor, String cabinetId) {
        CabinetCard card = store.cards.find(cabinetId).orElseThrow(() -> new NotFoundException("tủ sách"));
        access.requireRead(actor, card.unitId);
        return card;
    }

    /** Titles whose name, author or publisher contain the query (diacritics and case folded), or whose ISBN or a copy code is it. */
    public List<CabinetCatalogue.Title> catalogue(Actor actor, String cabinetId, String q) {
        card(actor, cabinetId);
        List<CabinetCatalogue.Title> titles = store.catalogues.find(cabinetId).map(c -> c.titles).orElse(List.of());
        if (q == null || q.isBlank()) {
            return titles;
        }
        String folded = fold(q);
        String exact = q.strip().replace("-", "").toUpperCase(Locale.ROOT);
        return titles.stream().filter(t -> t.folded().contains(folded) || exact.equals(t.isbn()) || t.copyCodes().contains(exact)).toList();
    }

    /** Text folded for search: case and Vietnamese diacritics ignored (đ = d). */
    public static String fold(String text) {
        return CabinetProjection.fold(text);
    }

    public CopyCard copy(Actor actor, String cabinetId, String code) {
        card(actor, cabinetId);
        return store.copies.find(CabinetStore.copyId(cabinetId, code.strip().toUpperCase(Locale.ROOT)))
                .orElseThrow(() -> new NotFoundException("bản sách " + code));
    }

    public LoanDesk desk(Actor actor, String cabinetId) {
        card(actor, cabinetId);
        return store.desks.find(cabinetId).orElseGet(LoanDesk::new);
    }

    public record OverdueLoan(String loanId, String copyCode, String title, String readerId, String readerName, String hamlet,
                              String phone, LocalDate dueDate, long daysOverdue) {
    }

    /** Loans still open whose due date is before {@code asOf}, the longest overdue first. */
    public List<OverdueLoan> overdue(Actor actor, String cabinetId, LocalDate asOf) {
        LoanDesk desk = desk(actor, cabinetId);
        return desk.loans.values().stream().filter(l -> l.dueDate().isBefore(asOf))
                .map(l -> {
                    LoanDesk.Reader r = desk.readers.get(l.readerId());
                    return new OverdueLoan(l.loanId(), l.copyCode(), l.title(), l.readerId(), r == null ? null : r.name(),
                            r == null ? null : r.hamlet(), r == null ? null : r.phone(), l.dueDate(),
                            ChronoUnit.DAYS.between(l.dueDate(), asOf));
                })
                .sorted(Comparator.comparing(OverdueLoan::dueDate).thenComparing(OverdueLoan::copyCode))
                .toList();
    }

    public record Figures(String cabinetId, String unitId, LocalDate asOf, int titles, int copies,
                          Map<String, Integer> titlesByCategory, Map<String, Integer> copiesByCategory,
                          Map<String, Integer> loansByMonth, Map<String, Integer> readersByMonth,
                          double neverLentIn12MonthsShare, int onLoan, int overdue, int lost,
                          int newPoliticalTheoryTitles, Long daysSinceLastStockTake) {
    }

    public Figures figures(Actor actor, String cabinetId, LocalDate asOf) {
        CabinetCard card = card(actor, cabinetId);
        Tally t = tally(card, asOf);
        return new Figures(card.cabinetId, card.unitId, asOf, card.titles, card.categoryOfCopy.size(),
                card.titlesByCategory, card.copiesByCategory, card.loansByMonth, t.readersByMonth(), share(t.neverLent(), t.lendable()),
                t.onLoan(), t.overdue(), card.lostCopies.size(), card.newPoliticalTheoryTitles.getOrDefault(asOf.getYear(), 0),
                card.lastStockTake == null ? null : ChronoUnit.DAYS.between(card.lastStockTake, asOf));
    }

    /**
     * A commune's or the district's figures: the sums over the cabinets of the unit and every unit below it that the
     * person may see. {@code longestSinceStockTake}: days since the stock-take of the cabinet counted longest ago, null
     * when any cabinet never had one (that is what a supervisor needs to see).
     */
    public record UnitFigures(String unitId, LocalDate asOf, int cabinets, int cabinetsReachable, int titles, int copies,
                              Map<String, Integer> titlesByCategory, Map<String, Integer> copiesByCategory,
                              Map<String, Integer> loansByMonth, Map<String, Integer> readersByMonth,
                              double neverLentIn12MonthsShare, int onLoan, int overdue, int lost,
                              int newPoliticalTheoryTitles, int cabinetsNeverStockTaken, Long longestSinceStockTake) {
    }

    public UnitFigures unitFigures(Actor actor, String unitId, LocalDate asOf) {
        access.requireRead(actor, unitId);
        List<CabinetCard> cards = store.cards.all().stream()
                .filter(c -> directory.isWithin(c.unitId, unitId) && access.canRead(actor, c.unitId)).toList();
        Map<String, Integer> titlesByCategory = new TreeMap<>();
        Map<String, Integer> copiesByCategory = new TreeMap<>();
        Map<String, Integer> loansByMonth = new TreeMap<>();
        Map<String, Integer> readersByMonth = new TreeMap<>();
        int reachable = 0, titles = 0, copies = 0, onLoan = 0, overdue = 0, lost = 0, newPolitical = 0, neverStockTaken = 0;
        long lendable = 0, neverLent = 0;
        Long longest = null;
        for (CabinetCard card : cards) {
            Tally t = tally(card, asOf);
            reachable += card.reachable ? 1 : 0;
            titles += card.titles;
            copies += card.categoryOfCopy.size();
            card.titlesByCategory.forEach((k, v) -> titlesByCategory.merge(k, v, Integer::sum));
            card.copiesByCategory.forEach((k, v) -> copiesByCategory.merge(k, v, Integer::sum));
            card.loansByMonth.forEach((k, v) -> loansByMonth.merge(k, v, Integer::sum));
            // Readers are registered per cabinet, so distinct readers add up across cabinets.
            t.readersByMonth().forEach((k, v) -> readersByMonth.merge(k, v, Integer::sum));
            lendable += t.lendable();
            neverLent += t.neverLent();
            onLoan += t.onLoan();
            overdue += t.overdue();
            lost += card.lostCopies.size();
            newPolitical += card.newPoliticalTheoryTitles.getOrDefault(asOf.getYear(), 0);
            if (card.lastStockTake == null) {
                neverStockTaken++;
            } else {
                long days = ChronoUnit.DAYS.between(card.lastStockTake, asOf);
                longest = longest == null ? days : Math.max(longest, days);
            }
        }
        return new UnitFigures(unitId, asOf, cards.size(), reachable, titles, copies, titlesByCategory, copiesByCategory,
                loansByMonth, readersByMonth, share(neverLent, lendable), onLoan, overdue, lost, newPolitical, neverStockTaken, longest);
    }

    /** What one cabinet's figures derive from its card and loan desk as of a date. */
    private record Tally(long lendable, long neverLent, Map<String, Integer> readersByMonth, int onLoan, int overdue) {
    }

    private Tally tally(CabinetCard card, LocalDate asOf) {
        LoanDesk desk = store.desks.find(card.cabinetId).orElseGet(LoanDesk::new);
        LocalDate yearAgo = asOf.minusMonths(12);
        // Copies that could have been lent: on the shelves or out, not lost and not withdrawn.
        List<String> lendable = card.categoryOfCopy.keySet().stream().filter(code -> !card.lostCopies.contains(code)).toList();
        long neverLent = lendable.stream().filter(code -> {
            LocalDate last = card.lastLent.get(code);
            return last == null || last.isBefore(yearAgo);
        }).count();
        Map<String, Integer> readersByMonth = new TreeMap<>();
        card.readersByMonth.forEach((month, readers) -> readersByMonth.put(month, readers.size()));
        int overdue = (int) desk.loans.values().stream().filter(l -> l.dueDate().isBefore(asOf)).count();
        return new Tally(lendable.size(), neverLent, readersByMonth, desk.loans.size(), overdue);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
