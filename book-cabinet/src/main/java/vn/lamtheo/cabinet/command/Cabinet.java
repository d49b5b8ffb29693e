package vn.lamtheo.cabinet.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import vn.lamtheo.cabinet.access.CabinetAccess;
import vn.lamtheo.cabinet.api.*;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.events.cabinet.*;
import vn.lamtheo.platform.security.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static vn.lamtheo.kernel.events.cabinet.CopyState.*;

/**
 * A book cabinet's ledger (sổ theo dõi tủ sách): its copies and their states, its readers, open loans and the open
 * stock-take. One aggregate per cabinet, because every decision of the keeper (may this copy be lent? are loans
 * frozen? which copies are missing?) reads several of them at once, and one keeper works a cabinet at a time.
 * Who may act is checked here ({@link CabinetAccess}): only the aggregate knows the cabinet's unit at the moment of
 * the decision. Decisions first, then {@code @EventSourcingHandler}s that only assign. Time from the injected clock.
 */
@Aggregate
public class Cabinet {

    /** Copy codes: a prefix a keeper recognises on a label, and a number within the cabinet. */
    static final String CODE_PREFIX = "TS-";

    private record Copy(CopyState state, String shelf, String loanId) {
        Copy with(CopyState newState, String newLoanId) {
            return new Copy(newState, shelf, newLoanId);
        }
    }

    private record OpenLoan(String copyCode, LocalDate dueDate, boolean renewed) {
    }

    @AggregateIdentifier
    private String cabinetId;
    private String unitId;
    private int copiesNumbered;
    private final Map<String, Copy> copies = new HashMap<>();
    private final Set<String> readers = new HashSet<>();
    private final Map<String, OpenLoan> openLoans = new HashMap<>();
    private final Set<String> closedLoans = new HashSet<>();
    private String openStockTake;
    /** Code → shelf it was counted on ("" when none was named), in the open stock-take. */
    private final Map<String, String> counted = new LinkedHashMap<>();
    private final Set<String> closedStockTakes = new HashSet<>();
    /** Closed stock-takes not yet approved → their missing codes, which become lost only on approval. */
    private final Map<String, List<String>> missingAwaitingApproval = new HashMap<>();

    protected Cabinet() {
        // for Axon
    }

    @CommandHandler
    public Cabinet(OpenCabinet cmd, CabinetAccess access, Clock clock) {
        CabinetValidation.requireCabinet(cmd.unitId(), cmd.name(), cmd.place());
        access.requireFounder(cmd.actor(), cmd.unitId());
        apply(new CabinetOpened(cmd.cabinetId(), cmd.unitId(), cmd.actor().personId(), clock.instant(),
                cmd.name().strip(), cmd.place().strip(), cmd.reachable()));
    }

    @CommandHandler
    public Outcome<List<String>> handle(CatalogueTitle cmd, CabinetAccess access, CabinetRules rules, Clock clock) {
        access.requireKeeper(cmd.actor(), unitId, "catalogue");
        requireVersion(cmd.expectedVersion());
        Instant at = clock.instant();
        String isbn = CabinetValidation.requireTitle(cmd, rules, CabinetRules.dateOf(at).getYear());
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= cmd.copies(); i++) {
            codes.add(CODE_PREFIX + String.format("%05d", copiesNumbered + i));
        }
        apply(new TitleCatalogued(cabinetId, unitId, cmd.actor().personId(), at, cmd.titleId(), isbn, cmd.title().strip(),
                cmd.author().strip(), CabinetValidation.strip(cmd.publisher()), cmd.year(), cmd.category(), cmd.source(),
                CabinetValidation.strip(cmd.shelf()), codes));
        return outcome(codes);
    }

    @CommandHandler
    public Outcome<String> handle(RegisterReader cmd, CabinetAccess access, Clock clock) {
        access.requireKeeper(cmd.actor(), unitId, "register a reader");
        requireVersion(cmd.expectedVersion());
        CabinetValidation.requireReader(cmd.name());
        apply(new ReaderRegistered(cabinetId, unitId, cmd.actor().personId(), clock.instant(), cmd.readerId(),
                cmd.name().strip(), CabinetValidation.strip(cmd.hamlet()), CabinetValidation.strip(cmd.phone())));
        return outcome(cmd.readerId());
    }

    @CommandHandler
    public Outcome<LocalDate> handle(LendCopy cmd, CabinetAccess access, CabinetRules rules, Clock clock) {
        access.requireKeeper(cmd.actor(), unitId, "lend");
        requireVersion(cmd.expectedVersion());
        String code = normalCode(cmd.copyCode());
        Copy copy = copies.get(code);
        if (copy == null) {
            throw CabinetValidation.invalid("copyCode", "Không có bản sách mã này trong tủ / no copy with this code in the cabinet");
        }
        if (cmd.readerId() == null || !readers.contains(cmd.readerId())) {
            throw CabinetValidation.invalid("readerId", "Không có bạn đọc này / unknown reader");
        }
        requireLoansOpen("cho mượn");
        if (copy.state() != AVAILABLE) {
            throw wrongState("Không thể cho mượn", code, copy.state());
        }
        Instant at = clock.instant();
        LocalDate today = CabinetRules.dateOf(at);
        LocalDate due = cmd.dueDate() == null ? today.plusDays(rules.loanDays()) : cmd.dueDate();
        if (!due.isAfter(today)) {
            throw CabinetValidation.invalid("dueDate", "Hạn trả phải sau hôm nay / the due date must be after today");
        }
        apply(new CopyLent(cabinetId, unitId, cmd.actor().personId(), at, cmd.loanId(), code, cmd.readerId(), due));
        return outcome(due);
    }

    @CommandHandler
    public Outcome<LocalDate> handle(RenewLoan cmd, CabinetAccess access, CabinetRules rules, Clock clock) {
        access.requireKeeper(cmd.actor(), unitId, "renew");
        requireVersion(cmd.expectedVersion());
        OpenLoan loan = requireOpenLoan(cmd.loanId(), "gia hạn");
        requireLoansOpen("gia hạn");
        if (loan.renewed()) {
            throw CommandRejected.inState("Không thể gia hạn: lượt mượn đã được gia hạn một lần", "RENEWED");
        }
        Instant at = clock.instant();
        LocalDate today = CabinetRules.dateOf(at);
        LocalDate due = (loan.dueDate().isAfter(today) ? loan.dueDate() : today).plusDays(rules.loanDays());
        apply(new LoanRenewed(cabinetId, unitId, cmd.actor().personId(), at, cmd.loanId(), loan.copyCode(), due));
        return outcome(due);
    }

    @CommandHandler
    public Outcome<String> handle(ReturnCopy cmd, CabinetAccess access, Clock clock) {
        access.requireKeeper(cmd.actor(), unitId, "take back");
        requireVersion(cmd.expectedVersion());
        String loanId = cmd.loanId() != null ? cmd.loanId() : loanOf(normalCode(cmd.copyCode()));
        OpenLoan loan = requireOpenLoan(loanId, "nhận trả");
        requireLoansOpen("nhận trả");
        apply(new CopyReturned(cabinetId, unitId, cmd.actor().personId(), clock.instant(), loanId, loan.copyCode()));
        return outcome(loan.copyCode());
    }

    @CommandHandler
    public Outcome<String> handle(DeclareCopyLost cmd, CabinetAccess access, Clock clock) {
        access.requireKeeper(cmd.actor(), unitId, "declare lost");
        requireVersion(cmd.expectedVersion());
        String code = normalCode(cmd.copyCode());
        Copy copy = requireCopy(code);
        if (copy.state() == LOST || copy.state() == WITHDRAWN) {
            throw wrongState("Không thể báo mất", code, copy.state());
        }
        apply(new CopyDeclaredLost(cabinetId, unitId, cmd.actor().personId(), clock.instant(), code, copy.loanId(),
                CabinetValidation.strip(cmd.note())));
        return outcome(code);
    }

    @CommandHandler
    public Outcome<String> handle(WriteOffCopy cmd, CabinetAccess access, Clock clock) {
        access.requireOfficer(cmd.actor(), unitId, "write off");
        requireVersion(cmd.expectedVersion());
        String code = normalCode(cmd.copyCode());
        Copy copy = requireCopy(code);
        if (copy.state() == ON_LOAN || copy.state() == WITHDRAWN) {
            throw wrongState("Không thể thanh lý", code, copy.state());
        }
        apply(new CopyWrittenOff(cabinetId, unitId, cmd.actor().personId(), clock.instant(), code, CabinetValidation.strip(cmd.note())));
        return outcome(code);
    }

    @CommandHandler
    public Outcome<String> handle(ReportCopyFound cmd, CabinetAccess access, Clock clock) {
        access.requireKeeper(cmd.actor(), unitId, "report a copy found");
        requireVersion(cmd.expectedVersion());
        String code = normalCode(cmd.copyCode());
        Copy copy = requireCopy(code);
        if (copy.state() != LOST) {
            throw wrongState("Không thể báo tìm thấy", code, copy.state());
        }
        apply(new CopyFound(cabinetId, unitId, cmd.actor().personId(), clock.instant(), code));
        return outcome(code);
    }

    @CommandHandler
    public Outcome<String> handle(OpenStockTake cmd, CabinetAccess access, Clock clock) {
        access.requireKeeper(cmd.actor(), unitId, "open a stock-take");
        requireVersion(cmd.expectedVersion());
        if (openStockTake != null) {
            throw CommandRejected.inState("Không thể mở đợt kiểm kê mới: đợt kiểm kê " + openStockTake + " đang mở", "OPEN");
        }
        apply(new StockTakeOpened(cabinetId, unitId, cmd.actor().personId(), clock.instant(), cmd.stockTakeId()));
        return outcome(cmd.stockTakeId());
    }

    @CommandHandler
    public Outcome<Integer> handle(CountCopies cmd, CabinetAccess access, Clock clock) {
        access.requireKeeper(cmd.actor(), unitId, "count");
        requireVersion(cmd.expectedVersion());
        requireOpenStockTake(cmd.stockTakeId(), "đếm sách");
        List<String> codes = cmd.codes() == null ? List.of()
                : cmd.codes().stream().filter(Objects::nonNull).map(Cabinet::normalCode).filter(c -> !c.isEmpty()).distinct().toList();
        if (codes.isEmpty()) {
            throw CabinetValidation.invalid("codes", "Hãy nhập ít nhất một mã sách / at least one code is required");
        }
        apply(new CopiesCounted(cabinetId, unitId, cmd.actor().personId(), clock.instant(), cmd.stockTakeId(), codes,
                CabinetValidation.strip(cmd.shelf())));
        return outcome(counted.size());
    }

    @CommandHandler
    public Outcome<StockTakeResult> handle(CloseStockTake cmd, CabinetAccess access, Clock clock) {
        access.requireKeeper(cmd.actor(), unitId, "close a stock-take");
        requireVersion(cmd.expectedVersion());
        requireOpenStockTake(cmd.stockTakeId(), "kết thúc kiểm kê");
        List<String> found = new ArrayList<>();
        List<String> misplaced = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> turnedUp = new ArrayList<>();
        counted.forEach((code, shelf) -> {
            Copy copy = copies.get(code);
            if (copy == null || copy.state() == WITHDRAWN) {
                unknown.add(code);
                return;
            }
            boolean wrongShelf = !shelf.isEmpty() && copy.shelf() != null && !copy.shelf().equalsIgnoreCase(shelf);
            (wrongShelf ? misplaced : found).add(code);
            if (copy.state() == LOST) {
                turnedUp.add(code);
            }
        });
        // Expected on the shelves: every copy neither lent, lost nor withdrawn.
        List<String> missing = copies.entrySet().stream()
                .filter(e -> (e.getValue().state() == AVAILABLE || e.getValue().state() == DAMAGED) && !counted.containsKey(e.getKey()))
                .map(Map.Entry::getKey).sorted().toList();
        Instant at = clock.instant();
        String actorId = cmd.actor().personId();
        for (String code : turnedUp) {
            apply(new CopyFound(cabinetId, unitId, actorId, at, code));
        }
        apply(new StockTakeClosed(cabinetId, unitId, actorId, at, cmd.stockTakeId(), found, missing, misplaced, unknown));
        return outcome(new StockTakeResult(found, missing, misplaced, unknown));
    }

    /**
     * The committee officer's approval of a closed stock-take: its missing copies still expected on the shelves become
     * lost. A copy that turned up, was lent or was written off since the close is left as it is.
     */
    @CommandHandler
    public Outcome<StockTakeApproval> handle(ApproveStockTake cmd, CabinetAccess access, Clock clock) {
        access.requireOfficer(cmd.actor(), unitId, "approve a stock-take");
        requireVersion(cmd.expectedVersion());
        String sid = cmd.stockTakeId();
        if (sid != null && sid.equals(openStockTake)) {
            throw CommandRejected.inState("Không thể duyệt: đợt kiểm kê chưa kết thúc", "OPEN");
        }
        List<String> missing = missingAwaitingApproval.get(sid);
        if (missing == null) {
            if (closedStockTakes.contains(sid)) {
                throw CommandRejected.inState("Không thể duyệt: đợt kiểm kê đã được duyệt", "APPROVED");
            }
            throw new NotFoundException("đợt kiểm kê");
        }
        List<String> lost = missing.stream().filter(code -> {
            Copy copy = copies.get(code);
            return copy != null && (copy.state() == AVAILABLE || copy.state() == DAMAGED);
        }).toList();
        Instant at = clock.instant();
        String actorId = cmd.actor().personId();
        for (String code : lost) {
            apply(new CopyDeclaredLost(cabinetId, unitId, actorId, at, code, null, "Thiếu khi kiểm kê (đợt " + sid + ")"));
        }
        apply(new StockTakeApproved(cabinetId, unitId, actorId, at, sid, lost));
        return outcome(new StockTakeApproval(sid, lost));
    }

    // decisions' helpers

    /** Codes are typed or scanned: case and surrounding blanks do not matter. */
    static String normalCode(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    private Copy requireCopy(String code) {
        Copy copy = copies.get(code);
        if (copy == null) {
            throw new NotFoundException("bản sách " + code);
        }
        return copy;
    }

    /** The open loan of a scanned copy; a copy not on loan is refused naming its state. */
    private String loanOf(String code) {
        Copy copy = copies.get(code);
        if (copy == null) {
            throw CabinetValidation.invalid("copyCode", "Không có bản sách mã này trong tủ / no copy with this code in the cabinet");
        }
        if (copy.state() != ON_LOAN) {
            throw wrongState("Không thể nhận trả", code, copy.state());
        }
        return copy.loanId();
    }

    private OpenLoan requireOpenLoan(String loanId, String action) {
        OpenLoan loan = openLoans.get(loanId);
        if (loan != null) {
            return loan;
        }
        if (closedLoans.contains(loanId)) {
            throw CommandRejected.inState("Không thể " + action + ": lượt mượn đã kết thúc", "CLOSED");
        }
        throw new NotFoundException("lượt mượn");
    }

    private void requireLoansOpen(String action) {
        if (openStockTake != null) {
            throw CommandRejected.inState("Không thể " + action + ": tủ sách đang kiểm kê (đợt " + openStockTake
                    + "), tạm dừng mượn trả", "STOCK_TAKE_OPEN");
        }
    }

    private void requireOpenStockTake(String stockTakeId, String action) {
        if (stockTakeId != null && stockTakeId.equals(openStockTake)) {
            return;
        }
        if (closedStockTakes.contains(stockTakeId)) {
            throw CommandRejected.inState("Không thể " + action + ": đợt kiểm kê đã kết thúc", "CLOSED");
        }
        throw new NotFoundException("đợt kiểm kê");
    }

    private void requireVersion(Long expected) {
        Long version = AggregateLifecycle.getVersion();
        if (expected != null && !expected.equals(version)) {
            throw new CommandRejected(CommandRejected.Reason.STALE, "Sổ tủ sách đã được người khác thay đổi (phiên bản " + version
                    + ") / The cabinet changed since you read it (version " + version + ", expected " + expected + ")");
        }
    }

    /** "Không thể cho mượn bản sách TS-00001: sách đang cho mượn", with ON_LOAN in the refusal's state for programs. */
    private static CommandRejected wrongState(String refused, String code, CopyState state) {
        return CommandRejected.inState(refused + " bản sách " + code + ": sách " + CopyStateWords.of(state), state.name());
    }

    private static <T> Outcome<T> outcome(T value) {
        Long version = AggregateLifecycle.getVersion();
        return new Outcome<>(version == null ? 0 : version, value);
    }

    // state changes only

    @EventSourcingHandler
    void on(CabinetOpened e) {
        cabinetId = e.cabinetId();
        unitId = e.unitId();
    }

    @EventSourcingHandler
    void on(TitleCatalogued e) {
        for (String code : e.copyCodes()) {
            copies.put(code, new Copy(AVAILABLE, e.shelf(), null));
        }
        copiesNumbered += e.copyCodes().size();
    }

    @EventSourcingHandler
    void on(ReaderRegistered e) {
        readers.add(e.readerId());
    }

    @EventSourcingHandler
    void on(CopyLent e) {
        copies.computeIfPresent(e.copyCode(), (code, copy) -> copy.with(ON_LOAN, e.loanId()));
        openLoans.put(e.loanId(), new OpenLoan(e.copyCode(), e.dueDate(), false));
    }

    @EventSourcingHandler
    void on(LoanRenewed e) {
        openLoans.computeIfPresent(e.loanId(), (id, loan) -> new OpenLoan(loan.copyCode(), e.dueDate(), true));
    }

    @EventSourcingHandler
    void on(CopyReturned e) {
        copies.computeIfPresent(e.copyCode(), (code, copy) -> copy.with(AVAILABLE, null));
        openLoans.remove(e.loanId());
        closedLoans.add(e.loanId());
    }

    @EventSourcingHandler
    void on(CopyDeclaredLost e) {
        copies.computeIfPresent(e.copyCode(), (code, copy) -> copy.with(LOST, null));
        if (e.loanId() != null) {
            openLoans.remove(e.loanId());
            closedLoans.add(e.loanId());
        }
    }

    @EventSourcingHandler
    void on(CopyFound e) {
        copies.computeIfPresent(e.copyCode(), (code, copy) -> copy.with(AVAILABLE, null));
    }

    @EventSourcingHandler
    void on(CopyWrittenOff e) {
        copies.computeIfPresent(e.copyCode(), (code, copy) -> copy.with(WITHDRAWN, null));
    }

    @EventSourcingHandler
    void on(StockTakeOpened e) {
        openStockTake = e.stockTakeId();
        counted.clear();
    }

    @EventSourcingHandler
    void on(CopiesCounted e) {
        for (String code : e.codes()) {
            counted.put(code, e.shelf() == null ? "" : e.shelf());
        }
    }

    @EventSourcingHandler
    void on(StockTakeClosed e) {
        closedStockTakes.add(e.stockTakeId());
        missingAwaitingApproval.put(e.stockTakeId(), e.missing());
        openStockTake = null;
        counted.clear();
    }

    @EventSourcingHandler
    void on(StockTakeApproved e) {
        missingAwaitingApproval.remove(e.stockTakeId());
    }
}
