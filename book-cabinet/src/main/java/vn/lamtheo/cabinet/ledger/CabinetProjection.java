package vn.lamtheo.cabinet.ledger;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import vn.lamtheo.cabinet.api.CabinetRules;
import vn.lamtheo.kernel.events.cabinet.*;
import vn.lamtheo.similarity.text.VietnameseNormalizer;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.function.Consumer;

/**
 * Keeps the cabinet's screens in step with its events: the card with its figures, the catalogue, one card per copy
 * and the loan desk. Idempotent: each document remembers the last event applied to it ({@code seq}) and skips what it
 * has seen, so a redelivery or a replay changes nothing, and a reset replays into empty collections.
 */
@Component
@ProcessingGroup(CabinetProjection.GROUP)
public class CabinetProjection {

    public static final String GROUP = "cabinet-projections";

    private final CabinetStore store;
    private final CabinetRules rules;

    public CabinetProjection(CabinetStore store, CabinetRules rules) {
        this.store = store;
        this.rules = rules;
    }

    @EventHandler
    public void on(CabinetOpened e, @SequenceNumber Long sequence) {
        long seq = seq(sequence);
        CabinetCard card = store.cards.find(e.cabinetId()).orElseGet(CabinetCard::new);
        if (card.seq >= seq) {
            return;
        }
        card.cabinetId = e.cabinetId();
        card.unitId = e.unitId();
        card.name = e.name();
        card.place = e.place();
        card.reachable = e.reachable();
        card.seq = seq;
        store.cards.save(e.cabinetId(), card);
    }

    @EventHandler
    public void on(TitleCatalogued e, @SequenceNumber Long sequence) {
        long seq = seq(sequence);
        String cid = e.cabinetId();
        for (String code : e.copyCodes()) {
            copy(cid, code, seq, c -> {
                c.code = code;
                c.cabinetId = cid;
                c.titleId = e.titleId();
                c.title = e.title();
                c.author = e.author();
                c.shelf = e.shelf();
                c.state = CopyState.AVAILABLE;
            });
        }
        CabinetCatalogue catalogue = store.catalogues.find(cid).orElseGet(CabinetCatalogue::new);
        if (catalogue.seq < seq) {
            String folded = fold(e.title() + " " + e.author() + " " + (e.publisher() == null ? "" : e.publisher()));
            catalogue.titles.add(new CabinetCatalogue.Title(e.titleId(), e.isbn(), e.title(), e.author(), e.publisher(),
                    e.year(), e.category(), e.source(), e.shelf(), e.copyCodes(), folded));
            catalogue.seq = seq;
            store.catalogues.save(cid, catalogue);
        }
        int year = CabinetRules.dateOf(e.at()).getYear();
        card(cid, seq, card -> {
            card.titles++;
            card.titlesByCategory.merge(e.category(), 1, Integer::sum);
            card.copiesByCategory.merge(e.category(), e.copyCodes().size(), Integer::sum);
            e.copyCodes().forEach(code -> card.categoryOfCopy.put(code, e.category()));
            if (e.category().equals(rules.politicalTheory())) {
                card.newPoliticalTheoryTitles.merge(year, 1, Integer::sum);
            }
        });
    }

    @EventHandler
    public void on(ReaderRegistered e, @SequenceNumber Long sequence) {
        desk(e.cabinetId(), seq(sequence), desk ->
                desk.readers.put(e.readerId(), new LoanDesk.Reader(e.readerId(), e.name(), e.hamlet(), e.phone())));
    }

    @EventHandler
    public void on(CopyLent e, @SequenceNumber Long sequence) {
        long seq = seq(sequence);
        String cid = e.cabinetId();
        LocalDate day = CabinetRules.dateOf(e.at());
        copy(cid, e.copyCode(), seq, c -> {
            c.state = CopyState.ON_LOAN;
            c.loanId = e.loanId();
            c.readerId = e.readerId();
            c.dueDate = e.dueDate();
        });
        String title = store.copies.find(CabinetStore.copyId(cid, e.copyCode())).map(c -> c.title).orElse(null);
        desk(cid, seq, desk -> desk.loans.put(e.loanId(),
                new LoanDesk.Loan(e.loanId(), e.copyCode(), title, e.readerId(), day, e.dueDate(), false)));
        card(cid, seq, card -> {
            String month = day.toString().substring(0, 7);
            card.loansByMonth.merge(month, 1, Integer::sum);
            card.readersByMonth.computeIfAbsent(month, m -> new HashSet<>()).add(e.readerId());
            card.lastLent.put(e.copyCode(), day);
        });
    }

    @EventHandler
    public void on(LoanRenewed e, @SequenceNumber Long sequence) {
        long seq = seq(sequence);
        copy(e.cabinetId(), e.copyCode(), seq, c -> c.dueDate = e.dueDate());
        desk(e.cabinetId(), seq, desk -> desk.loans.computeIfPresent(e.loanId(), (id, l) ->
                new LoanDesk.Loan(l.loanId(), l.copyCode(), l.title(), l.readerId(), l.lentOn(), e.dueDate(), true)));
    }

    @EventHandler
    public void on(CopyReturned e, @SequenceNumber Long sequence) {
        long seq = seq(sequence);
        copy(e.cabinetId(), e.copyCode(), seq, c -> onShelf(c, CopyState.AVAILABLE));
        desk(e.cabinetId(), seq, desk -> desk.loans.remove(e.loanId()));
    }

    @EventHandler
    public void on(CopyDeclaredLost e, @SequenceNumber Long sequence) {
        long seq = seq(sequence);
        copy(e.cabinetId(), e.copyCode(), seq, c -> onShelf(c, CopyState.LOST));
        if (e.loanId() != null) {
            desk(e.cabinetId(), seq, desk -> desk.loans.remove(e.loanId()));
        }
        card(e.cabinetId(), seq, card -> card.lostCopies.add(e.copyCode()));
    }

    @EventHandler
    public void on(CopyFound e, @SequenceNumber Long sequence) {
        long seq = seq(sequence);
        copy(e.cabinetId(), e.copyCode(), seq, c -> onShelf(c, CopyState.AVAILABLE));
        card(e.cabinetId(), seq, card -> card.lostCopies.remove(e.copyCode()));
    }

    @EventHandler
    public void on(CopyWrittenOff e, @SequenceNumber Long sequence) {
        long seq = seq(sequence);
        copy(e.cabinetId(), e.copyCode(), seq, c -> onShelf(c, CopyState.WITHDRAWN));
        card(e.cabinetId(), seq, card -> {
            card.lostCopies.remove(e.copyCode());
            card.lastLent.remove(e.copyCode());
            String category = card.categoryOfCopy.remove(e.copyCode());
            if (category != null) {
                card.copiesByCategory.merge(category, -1, Integer::sum);
            }
        });
    }

    @EventHandler
    public void on(StockTakeOpened e, @SequenceNumber Long sequence) {
        card(e.cabinetId(), seq(sequence), card -> {
            card.openStockTake = e.stockTakeId();
            card.counted.clear();
        });
    }

    @EventHandler
    public void on(CopiesCounted e, @SequenceNumber Long sequence) {
        card(e.cabinetId(), seq(sequence), card -> e.codes().stream().filter(code -> !card.counted.contains(code)).forEach(card.counted::add));
    }

    @EventHandler
    public void on(StockTakeClosed e, @SequenceNumber Long sequence) {
        card(e.cabinetId(), seq(sequence), card -> {
            card.lastStockTake = CabinetRules.dateOf(e.at());
            card.openStockTake = null;
            card.counted.clear();
            card.lastStockTakeResult = new java.util.LinkedHashMap<>();
            card.lastStockTakeResult.put("found", e.found());
            card.lastStockTakeResult.put("missing", e.missing());
            card.lastStockTakeResult.put("misplaced", e.misplaced());
            card.lastStockTakeResult.put("unknown", e.unknown());
        });
    }

    private static long seq(Long sequence) {
        return sequence == null ? 0 : sequence;
    }

    private static void onShelf(CopyCard c, CopyState state) {
        c.state = state;
        c.loanId = null;
        c.readerId = null;
        c.dueDate = null;
    }

    static String fold(String text) {
        return VietnameseNormalizer.normalize(text).folded().strip();
    }

    private void copy(String cid, String code, long seq, Consumer<CopyCard> change) {
        String id = CabinetStore.copyId(cid, code);
        CopyCard c = store.copies.find(id).orElseGet(CopyCard::new);
        if (c.seq >= seq) {
            return;
        }
        change.accept(c);
        c.seq = seq;
        store.copies.save(id, c);
    }

    private void desk(String cid, long seq, Consumer<LoanDesk> change) {
        LoanDesk desk = store.desks.find(cid).orElseGet(LoanDesk::new);
        if (desk.seq >= seq) {
            return;
        }
        change.accept(desk);
        desk.seq = seq;
        store.desks.save(cid, desk);
    }

    private void card(String cid, long seq, Consumer<CabinetCard> change) {
        store.cards.find(cid).ifPresent(card -> {
            if (card.seq >= seq) {
                return;
            }
            change.accept(card);
            card.seq = seq;
            store.cards.save(cid, card);
        });
    }

    @ResetHandler
    public void reset() {
        store.drop();
    }
}
