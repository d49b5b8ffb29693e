package vn.lamtheo.cabinet.web.page;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.lamtheo.cabinet.api.*;
import vn.lamtheo.cabinet.application.CabinetCommandService;
import vn.lamtheo.cabinet.ledger.CabinetCard;
import vn.lamtheo.cabinet.ledger.CabinetQueries;
import vn.lamtheo.cabinet.ledger.LoanDesk;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.web.page.PageController;
import vn.lamtheo.platform.web.page.PageUser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The keeper's pages, phone first: the loan desk (find the reader, type or scan a code, lend or take back), the
 * catalogue, the overdue list and the stock-take screen. Every action is the same command the API sends; a refusal
 * is shown on the desk in the keeper's words instead of an error page, so the next scan can follow at once.
 */
@PageController
@RequestMapping("/cabinets")
class CabinetPageController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CabinetQueries queries;
    private final CabinetCommandService commands;
    private final Clock clock;

    CabinetPageController(CabinetQueries queries, CabinetCommandService commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping
    String cabinets(Model model) {
        model.addAttribute("cabinets", queries.cabinets(me(model)));
        return "cabinet/list";
    }

    @GetMapping("/{cid}")
    String desk(@PathVariable String cid, @RequestParam(required = false) String reader,
                @RequestParam(required = false) String rq, Model model) {
        Actor me = me(model);
        CabinetCard card = queries.card(me, cid);
        LoanDesk desk = queries.desk(me, cid);
        String folded = rq == null || rq.isBlank() ? null : CabinetQueries.fold(rq);
        List<LoanDesk.Reader> found = folded == null ? List.of() : desk.readers.values().stream()
                .filter(r -> CabinetQueries.fold(r.name() + " " + (r.hamlet() == null ? "" : r.hamlet()) + " "
                        + (r.phone() == null ? "" : r.phone())).contains(folded))
                .limit(20).toList();
        LocalDate today = today();
        model.addAttribute("card", card);
        model.addAttribute("rq", rq);
        model.addAttribute("readers", found);
        model.addAttribute("reader", reader == null ? null : desk.readers.get(reader));
        model.addAttribute("loans", desk.loans.values().stream()
                .filter(l -> reader == null || l.readerId().equals(reader))
                .sorted(java.util.Comparator.comparing(LoanDesk.Loan::dueDate)).toList());
        model.addAttribute("names", desk.readers);
        model.addAttribute("today", today);
        model.addAttribute("loansFrozen", card.openStockTake != null);
        return "cabinet/desk";
    }

    @PostMapping("/{cid}/lend")
    String lend(@PathVariable String cid, @RequestParam(required = false) String readerId, @RequestParam String code,
                Model model, RedirectAttributes redirect) {
        Actor me = me(model);
        try {
            Outcome<LocalDate> done = commands.send(new LendCopy(cid, UUID.randomUUID().toString(), code, readerId, null, null, me));
            redirect.addFlashAttribute("deskOk", "Đã cho mượn " + code.strip().toUpperCase() + ", hạn trả " + done.value().format(DAY));
        } catch (CommandRejected rejected) {
            redirect.addFlashAttribute("deskError", words(rejected));
        }
        return "redirect:" + deskPath(cid, readerId);
    }

    @PostMapping("/{cid}/return")
    String giveBack(@PathVariable String cid, @RequestParam(required = false) String readerId, @RequestParam String code,
                    Model model, RedirectAttributes redirect) {
        Actor me = me(model);
        try {
            commands.send(new ReturnCopy(cid, null, code, null, me));
            redirect.addFlashAttribute("deskOk", "Đã nhận trả " + code.strip().toUpperCase());
        } catch (CommandRejected rejected) {
            redirect.addFlashAttribute("deskError", words(rejected));
        }
        return "redirect:" + deskPath(cid, readerId);
    }

    @GetMapping("/{cid}/catalogue")
    String catalogue(@PathVariable String cid, @RequestParam(required = false) String q, Model model) {
        Actor me = me(model);
        model.addAttribute("card", queries.card(me, cid));
        model.addAttribute("q", q);
        model.addAttribute("titles", queries.catalogue(me, cid, q));
        return "cabinet/catalogue";
    }

    @GetMapping("/{cid}/overdue")
    String overdue(@PathVariable String cid, Model model) {
        Actor me = me(model);
        LocalDate today = today();
        model.addAttribute("card", queries.card(me, cid));
        model.addAttribute("today", today);
        model.addAttribute("overdue", queries.overdue(me, cid, today));
        return "cabinet/overdue";
    }

    @GetMapping("/{cid}/stocktake")
    String stockTake(@PathVariable String cid, Model model) {
        Actor me = me(model);
        CabinetCard card = queries.card(me, cid);
        LoanDesk desk = queries.desk(me, cid);
        // Still missing as you go: copies expected on the shelves (neither lent nor lost) not counted yet.
        Set<String> lent = new java.util.HashSet<>();
        desk.loans.values().forEach(l -> lent.add(l.copyCode()));
        List<String> stillMissing = new ArrayList<>();
        card.categoryOfCopy.keySet().stream()
                .filter(code -> !lent.contains(code) && !card.lostCopies.contains(code) && !card.counted.contains(code))
                .forEach(stillMissing::add);
        model.addAttribute("card", card);
        model.addAttribute("stillMissing", stillMissing);
        return "cabinet/stocktake";
    }

    @PostMapping("/{cid}/stocktake/open")
    String openStockTake(@PathVariable String cid, Model model, RedirectAttributes redirect) {
        act(redirect, () -> commands.send(new OpenStockTake(cid, UUID.randomUUID().toString(), null, me(model))), "Đã mở đợt kiểm kê; tạm dừng mượn trả");
        return "redirect:/cabinets/" + cid + "/stocktake";
    }

    @PostMapping("/{cid}/stocktake/count")
    String count(@PathVariable String cid, @RequestParam String stockTakeId, @RequestParam String code,
                 @RequestParam(required = false) String shelf, Model model, RedirectAttributes redirect) {
        try {
            Outcome<Integer> done = commands.send(new CountCopies(cid, stockTakeId, List.of(code.split("[\\s,;]+")), shelf, null, me(model)));
            redirect.addFlashAttribute("deskOk", "Đã đếm " + code.strip().toUpperCase() + " (tổng " + done.value() + " bản)");
        } catch (CommandRejected rejected) {
            redirect.addFlashAttribute("deskError", words(rejected));
        }
        redirect.addFlashAttribute("shelf", shelf);
        return "redirect:/cabinets/" + cid + "/stocktake";
    }

    @PostMapping("/{cid}/stocktake/close")
    String close(@PathVariable String cid, @RequestParam String stockTakeId, Model model, RedirectAttributes redirect) {
        act(redirect, () -> commands.send(new CloseStockTake(cid, stockTakeId, null, me(model))), "Đã kết thúc kiểm kê");
        return "redirect:/cabinets/" + cid + "/stocktake";
    }

    private void act(RedirectAttributes redirect, Runnable command, String done) {
        try {
            command.run();
            redirect.addFlashAttribute("deskOk", done);
        } catch (CommandRejected rejected) {
            redirect.addFlashAttribute("deskError", words(rejected));
        }
    }

    /** The Vietnamese half of a refusal, and the field problems if any. */
    private static String words(CommandRejected rejected) {
        String message = rejected.violations().isEmpty() ? rejected.getMessage() : rejected.violations().get(0).message();
        int english = message.indexOf(" / ");
        return english > 0 ? message.substring(0, english) : message;
    }

    private static String deskPath(String cid, String readerId) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/cabinets/{cid}");
        if (readerId != null && !readerId.isBlank()) {
            b.queryParam("reader", readerId);
        }
        return b.buildAndExpand(cid).encode().toUriString();
    }

    private LocalDate today() {
        return CabinetRules.dateOf(clock.instant());
    }

    private static Actor me(Model model) {
        return PageUser.required(model).actor();
    }
}
