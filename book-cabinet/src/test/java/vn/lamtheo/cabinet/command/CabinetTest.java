package vn.lamtheo.cabinet.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.lamtheo.cabinet.access.CabinetAccess;
import vn.lamtheo.cabinet.api.*;
import vn.lamtheo.cabinet.testsupport.PathAccessPolicy;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.events.cabinet.*;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.hamcrest.Matchers.equalTo;

/** Given-when-then tests of every command path of the cabinet's ledger: each transition and each refusal. */
class CabinetTest {

    static final String ID = "cab-1";
    static final String NT = "cau-ngang/nhi-truong";
    static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-10");
    static final Instant EARLIER = Instant.parse("2026-03-01T02:00:00Z");

    static final Actor KEEPER = actor("keeper1", NT, Role.CABINET_KEEPER);
    static final Actor COMMITTEE = actor("committee1", NT, Role.COMMITTEE_OFFICER);
    static final Actor SUPERVISOR = actor("supervisor", "cau-ngang", Role.SUPERVISOR);
    static final Actor MEMBER = actor("member1", NT + "/ap-la-bang-chop", Role.MEMBER);
    static final Actor OTHER_KEEPER = actor("keeper2", "cau-ngang/hiep-hoa", Role.CABINET_KEEPER);

    FixtureConfiguration<Cabinet> fixture;

    static Actor actor(String name, String unit, Role... roles) {
        return new Actor("p-" + name, name, unit, Set.of(roles));
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cabinet.class);
        fixture.registerInjectableResource(new CabinetAccess(new PathAccessPolicy()));
        fixture.registerInjectableResource(CabinetRules.defaults());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    // --- histories ---------------------------------------------------------------------------------------

    static CabinetOpened opened() {
        return new CabinetOpened(ID, NT, COMMITTEE.personId(), EARLIER, "Tủ sách xã Nhị Trường", "Phòng đọc nhà văn hóa", true);
    }

    static TitleCatalogued catalogued(String shelf, String... codes) {
        return new TitleCatalogued(ID, NT, KEEPER.personId(), EARLIER, "t-1", "9786045700001", "Đường Kách mệnh", "Hồ Chí Minh",
                "NXB Chính trị quốc gia Sự thật", 2020, "LY_LUAN_CHINH_TRI", TitleSource.DE_AN, shelf, List.of(codes));
    }

    static ReaderRegistered reader() {
        return new ReaderRegistered(ID, NT, KEEPER.personId(), EARLIER, "r-1", "Thạch Thị Sa", "Ấp Là Bang Chóp", null);
    }

    static CopyLent lent(String loanId, String code, LocalDate due) {
        return new CopyLent(ID, NT, KEEPER.personId(), EARLIER, loanId, code, "r-1", due);
    }

    static StockTakeOpened stockTake() {
        return new StockTakeOpened(ID, NT, KEEPER.personId(), EARLIER, "st-1");
    }

    static Object[] shelved() {
        return new Object[]{opened(), catalogued("A1", "TS-00001", "TS-00002", "TS-00003"), reader()};
    }

    static Object[] with(Object[] given, Object... more) {
        Object[] all = java.util.Arrays.copyOf(given, given.length + more.length);
        System.arraycopy(more, 0, all, given.length, more.length);
        return all;
    }

    void rejected(Object[] given, Object command, CommandRejected.Reason reason, String messagePart) {
        fixture.given(given).when(command)
                .expectNoEvents()
                .expectException(CommandRejected.class)
                .expectException(withReason(reason))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(messagePart));
    }

    /** A WRONG_STATE refusal: its words for people, its state code for programs. */
    record Refusal(String state, String words) {
    }

    static Refusal refusedIn(String state, String words) {
        return new Refusal(state, words);
    }

    void rejected(Object[] given, Object command, Refusal refusal) {
        fixture.given(given).when(command)
                .expectNoEvents()
                .expectException(CommandRejected.class)
                .expectException(withReason(CommandRejected.Reason.WRONG_STATE))
                .expectException(inState(refusal.state()))
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString(refusal.words()),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(refusal.state()))));
    }

    static Matcher<CommandRejected> inState(String state) {
        return new FeatureMatcher<>(equalTo(state), "refused in state", "state") {
            @Override
            protected String featureValueOf(CommandRejected actual) {
                return actual.state();
            }
        };
    }

    void notFound(Object[] given, Object command) {
        fixture.given(given).when(command).expectNoEvents().expectException(NotFoundException.class);
    }

    static Matcher<CommandRejected> withReason(CommandRejected.Reason reason) {
        return new FeatureMatcher<>(equalTo(reason), "rejection reason", "reason") {
            @Override
            protected CommandRejected.Reason featureValueOf(CommandRejected actual) {
                return actual.reason();
            }
        };
    }

    static Matcher<CommandRejected> naming(String field) {
        return new FeatureMatcher<>(equalTo(true), "violation naming " + field, "violations") {
            @Override
            protected Boolean featureValueOf(CommandRejected actual) {
                return actual.violations().stream().anyMatch(v -> v.field().equals(field));
            }
        };
    }

    void invalid(Object[] given, Object command, String field) {
        fixture.given(given).when(command).expectNoEvents()
                .expectException(CommandRejected.class)
                .expectException(withReason(CommandRejected.Reason.INVALID))
                .expectException(naming(field));
    }

    @Nested
    class Opening {
        @Test
        void aCommitteeOfficerOpensACabinetOfTheirUnit() {
            fixture.givenNoPriorActivity()
                    .when(new OpenCabinet(ID, NT, " Tủ sách xã Nhị Trường ", "Phòng đọc nhà văn hóa", true, COMMITTEE))
                    .expectEvents(new CabinetOpened(ID, NT, COMMITTEE.personId(), NOW, "Tủ sách xã Nhị Trường", "Phòng đọc nhà văn hóa", true));
        }

        @Test
        void aKeeperMayNotOpenOne() {
            fixture.givenNoPriorActivity().when(new OpenCabinet(ID, NT, "Tủ", "Hội trường", false, KEEPER))
                    .expectException(withReason(CommandRejected.Reason.NOT_ALLOWED));
        }

        @Test
        void nameAndPlaceAreRequired() {
            fixture.givenNoPriorActivity().when(new OpenCabinet(ID, NT, " ", null, false, COMMITTEE))
                    .expectException(naming("name")).expectException(naming("place"));
        }
    }

    @Nested
    class Catalogue {
        CatalogueTitle title(String isbn, int copies) {
            return title(isbn, copies, KEEPER);
        }

        CatalogueTitle title(String isbn, int copies, Actor actor) {
            return new CatalogueTitle(ID, "t-2", isbn, "Sửa đổi lề lối làm việc", "Hồ Chí Minh", null, 2019,
                    "LY_LUAN_CHINH_TRI", TitleSource.PURCHASE, "B2", copies, null, actor);
        }

        @Test
        void anIsbn10IsKeptAsIsbn13AndCopiesAreNumberedOnFromTheLastCode() {
            fixture.given(shelved()).when(title("0-306-40615-2", 2))
                    .expectEvents(new TitleCatalogued(ID, NT, KEEPER.personId(), NOW, "t-2", "9780306406157", "Sửa đổi lề lối làm việc",
                            "Hồ Chí Minh", null, 2019, "LY_LUAN_CHINH_TRI", TitleSource.PURCHASE, "B2", List.of("TS-00004", "TS-00005")))
                    .expectResultMessagePayload(new Outcome<>(3L, List.of("TS-00004", "TS-00005")));
        }

        @Test
        void aBookWithoutIsbnIsAllowed() {
            fixture.given(shelved()).when(title(null, 1))
                    .expectEvents(new TitleCatalogued(ID, NT, KEEPER.personId(), NOW, "t-2", null, "Sửa đổi lề lối làm việc",
                            "Hồ Chí Minh", null, 2019, "LY_LUAN_CHINH_TRI", TitleSource.PURCHASE, "B2", List.of("TS-00004")));
        }

        @Test
        void aWrongCheckDigitNamesIsbn() {
            invalid(shelved(), title("978-0-306-40615-8", 1), "isbn");
        }

        @Test
        void anUnknownCategoryAndNoCopiesAreRefused() {
            invalid(shelved(), new CatalogueTitle(ID, "t-2", null, "Sách", "Tác giả", null, null, "TIEU_THUYET", TitleSource.DONATION,
                    null, 0, null, KEEPER), "category");
            invalid(shelved(), title(null, 0), "copies");
        }

        @Test
        void aSupervisorReadsButMayNotCatalogue() {
            rejected(shelved(), new CatalogueTitle(ID, "t-2", null, "Sách", "Tác giả", null, null, "KHAC", TitleSource.DONATION,
                    null, 1, null, SUPERVISOR), CommandRejected.Reason.NOT_ALLOWED, "not allowed");
        }

        @Test
        void aMemberAndAnotherCommunesKeeperDoNotSeeTheCabinet() {
            notFound(shelved(), title(null, 1, MEMBER));
            notFound(shelved(), title(null, 1, OTHER_KEEPER));
        }

        @Test
        void aStaleVersionIsRefused() {
            rejected(shelved(), new CatalogueTitle(ID, "t-2", null, "Sách", "Tác giả", null, null, "KHAC", TitleSource.DONATION,
                    null, 1, 0L, KEEPER), CommandRejected.Reason.STALE, "version 2");
        }
    }

    @Nested
    class Readers {
        @Test
        void aReaderIsRegistered() {
            fixture.given(opened()).when(new RegisterReader(ID, "r-2", " Kim Văn Tư ", "Ấp Bào", "0912345678", null, KEEPER))
                    .expectEvents(new ReaderRegistered(ID, NT, KEEPER.personId(), NOW, "r-2", "Kim Văn Tư", "Ấp Bào", "0912345678"));
        }

        @Test
        void aNameIsRequired() {
            invalid(new Object[]{opened()}, new RegisterReader(ID, "r-2", "", null, null, null, KEEPER), "name");
        }
    }

    @Nested
    class Lending {
        @Test
        void aCopyIsLentForTheConfiguredPeriod() {
            fixture.given(shelved()).when(new LendCopy(ID, "l-1", " ts-00001 ", "r-1", null, null, KEEPER))
                    .expectEvents(new CopyLent(ID, NT, KEEPER.personId(), NOW, "l-1", "TS-00001", "r-1", TODAY.plusDays(14)));
        }

        @Test
        void aDueDateMayBeGivenButNotInThePast() {
            fixture.given(shelved()).when(new LendCopy(ID, "l-1", "TS-00001", "r-1", TODAY.plusDays(7), null, KEEPER))
                    .expectEvents(new CopyLent(ID, NT, KEEPER.personId(), NOW, "l-1", "TS-00001", "r-1", TODAY.plusDays(7)));
            invalid(shelved(), new LendCopy(ID, "l-1", "TS-00001", "r-1", TODAY, null, KEEPER), "dueDate");
        }

        @Test
        void aCopyOnLoanIsRefusedNamingItsState() {
            rejected(with(shelved(), lent("l-1", "TS-00001", TODAY)), new LendCopy(ID, "l-2", "TS-00001", "r-1", null, null, KEEPER),
                    refusedIn("ON_LOAN", "đang cho mượn"));
        }

        @Test
        void aLostCopyIsRefusedNamingItsState() {
            rejected(with(shelved(), new CopyDeclaredLost(ID, NT, KEEPER.personId(), EARLIER, "TS-00001", null, null)),
                    new LendCopy(ID, "l-2", "TS-00001", "r-1", null, null, KEEPER), refusedIn("LOST", "đã mất"));
        }

        @Test
        void aWithdrawnCopyIsRefusedNamingItsState() {
            rejected(with(shelved(), new CopyWrittenOff(ID, NT, COMMITTEE.personId(), EARLIER, "TS-00001", null)),
                    new LendCopy(ID, "l-2", "TS-00001", "r-1", null, null, KEEPER), refusedIn("WITHDRAWN", "đã thanh lý"));
        }

        @Test
        void anUnknownCodeOrReaderNamesTheField() {
            invalid(shelved(), new LendCopy(ID, "l-1", "TS-09999", "r-1", null, null, KEEPER), "copyCode");
            invalid(shelved(), new LendCopy(ID, "l-1", "TS-00001", "r-9", null, null, KEEPER), "readerId");
        }

        @Test
        void loansAreFrozenDuringAStockTake() {
            rejected(with(shelved(), stockTake()), new LendCopy(ID, "l-1", "TS-00001", "r-1", null, null, KEEPER),
                    refusedIn("STOCK_TAKE_OPEN", "đang kiểm kê (đợt st-1)"));
            rejected(with(shelved(), lent("l-1", "TS-00001", TODAY), stockTake()), new ReturnCopy(ID, "l-1", null, null, KEEPER),
                    refusedIn("STOCK_TAKE_OPEN", "đang kiểm kê (đợt st-1)"));
        }

        @Test
        void aSupervisorMayNotLend() {
            rejected(shelved(), new LendCopy(ID, "l-1", "TS-00001", "r-1", null, null, SUPERVISOR), CommandRejected.Reason.NOT_ALLOWED, "not allowed");
        }
    }

    @Nested
    class RenewingAndReturning {
        Object[] onLoan() {
            return with(shelved(), lent("l-1", "TS-00001", TODAY.plusDays(3)));
        }

        @Test
        void aLoanIsRenewedOnceFromItsDueDate() {
            fixture.given(onLoan()).when(new RenewLoan(ID, "l-1", null, KEEPER))
                    .expectEvents(new LoanRenewed(ID, NT, KEEPER.personId(), NOW, "l-1", "TS-00001", TODAY.plusDays(17)));
        }

        @Test
        void anOverdueLoanIsRenewedFromToday() {
            fixture.given(with(shelved(), lent("l-1", "TS-00001", TODAY.minusDays(5)))).when(new RenewLoan(ID, "l-1", null, KEEPER))
                    .expectEvents(new LoanRenewed(ID, NT, KEEPER.personId(), NOW, "l-1", "TS-00001", TODAY.plusDays(14)));
        }

        @Test
        void aSecondRenewalIsRefused() {
            rejected(with(onLoan(), new LoanRenewed(ID, NT, KEEPER.personId(), EARLIER, "l-1", "TS-00001", TODAY.plusDays(17))),
                    new RenewLoan(ID, "l-1", null, KEEPER), refusedIn("RENEWED", "đã được gia hạn một lần"));
        }

        @Test
        void aCopyIsReturnedAndCanBeLentAgain() {
            fixture.given(onLoan()).when(new ReturnCopy(ID, "l-1", null, null, KEEPER))
                    .expectEvents(new CopyReturned(ID, NT, KEEPER.personId(), NOW, "l-1", "TS-00001"));
            fixture.given(with(onLoan(), new CopyReturned(ID, NT, KEEPER.personId(), EARLIER, "l-1", "TS-00001")))
                    .when(new LendCopy(ID, "l-2", "TS-00001", "r-1", null, null, KEEPER))
                    .expectEvents(new CopyLent(ID, NT, KEEPER.personId(), NOW, "l-2", "TS-00001", "r-1", TODAY.plusDays(14)));
        }

        @Test
        void theDeskReturnsByTheScannedCode() {
            fixture.given(onLoan()).when(new ReturnCopy(ID, null, "ts-00001", null, KEEPER))
                    .expectEvents(new CopyReturned(ID, NT, KEEPER.personId(), NOW, "l-1", "TS-00001"));
            rejected(onLoan(), new ReturnCopy(ID, null, "TS-00002", null, KEEPER), refusedIn("AVAILABLE", "đang có trên giá"));
            invalid(onLoan(), new ReturnCopy(ID, null, "TS-09999", null, KEEPER), "copyCode");
        }

        @Test
        void aClosedLoanIsRefusedAndAnUnknownOneIsNotFound() {
            rejected(with(onLoan(), new CopyReturned(ID, NT, KEEPER.personId(), EARLIER, "l-1", "TS-00001")),
                    new ReturnCopy(ID, "l-1", null, null, KEEPER), refusedIn("CLOSED", "đã kết thúc"));
            notFound(onLoan(), new ReturnCopy(ID, "l-9", null, null, KEEPER));
            notFound(onLoan(), new RenewLoan(ID, "l-9", null, KEEPER));
        }
    }

    @Nested
    class Losses {
        @Test
        void aCopyOnLoanDeclaredLostEndsItsLoan() {
            fixture.given(with(shelved(), lent("l-1", "TS-00001", TODAY))).when(new DeclareCopyLost(ID, "TS-00001", "Nhà bị ngập", null, KEEPER))
                    .expectEvents(new CopyDeclaredLost(ID, NT, KEEPER.personId(), NOW, "TS-00001", "l-1", "Nhà bị ngập"));
        }

        @Test
        void aCopyAlreadyLostOrUnknown() {
            rejected(with(shelved(), new CopyDeclaredLost(ID, NT, KEEPER.personId(), EARLIER, "TS-00001", null, null)),
                    new DeclareCopyLost(ID, "TS-00001", null, null, KEEPER), refusedIn("LOST", "đã mất"));
            notFound(shelved(), new DeclareCopyLost(ID, "TS-09999", null, null, KEEPER));
        }

        @Test
        void aLostCopyBroughtBackIsAvailableAgain() {
            Object[] lost = with(shelved(), new CopyDeclaredLost(ID, NT, KEEPER.personId(), EARLIER, "TS-00001", null, null));
            fixture.given(lost).when(new ReportCopyFound(ID, "ts-00001", null, KEEPER))
                    .expectEvents(new CopyFound(ID, NT, KEEPER.personId(), NOW, "TS-00001"));
            rejected(shelved(), new ReportCopyFound(ID, "TS-00001", null, KEEPER), refusedIn("AVAILABLE", "đang có trên giá"));
            rejected(lost, new ReportCopyFound(ID, "TS-00001", null, SUPERVISOR), CommandRejected.Reason.NOT_ALLOWED, "not allowed");
            notFound(lost, new ReportCopyFound(ID, "TS-09999", null, KEEPER));
        }

        @Test
        void onlyACommitteeOfficerWritesOff() {
            Object[] lost = with(shelved(), new CopyDeclaredLost(ID, NT, KEEPER.personId(), EARLIER, "TS-00001", null, null));
            fixture.given(lost).when(new WriteOffCopy(ID, "TS-00001", "Mất khi lũ", null, COMMITTEE))
                    .expectEvents(new CopyWrittenOff(ID, NT, COMMITTEE.personId(), NOW, "TS-00001", "Mất khi lũ"));
            rejected(lost, new WriteOffCopy(ID, "TS-00001", null, null, KEEPER), CommandRejected.Reason.NOT_ALLOWED, "not allowed");
            rejected(with(shelved(), lent("l-1", "TS-00001", TODAY)), new WriteOffCopy(ID, "TS-00001", null, null, COMMITTEE),
                    refusedIn("ON_LOAN", "đang cho mượn"));
        }
    }

    @Nested
    class StockTakes {
        @Test
        void aStockTakeOpensOnceAtATime() {
            fixture.given(shelved()).when(new OpenStockTake(ID, "st-1", null, KEEPER))
                    .expectEvents(new StockTakeOpened(ID, NT, KEEPER.personId(), NOW, "st-1"));
            rejected(with(shelved(), stockTake()), new OpenStockTake(ID, "st-2", null, KEEPER), refusedIn("OPEN", "đợt kiểm kê st-1 đang mở"));
        }

        @Test
        void countsAreRecordedWithTheirShelf() {
            fixture.given(with(shelved(), stockTake())).when(new CountCopies(ID, "st-1", List.of("ts-00001", "TS-00001", " "), "A1", null, KEEPER))
                    .expectEvents(new CopiesCounted(ID, NT, KEEPER.personId(), NOW, "st-1", List.of("TS-00001"), "A1"));
            invalid(with(shelved(), stockTake()), new CountCopies(ID, "st-1", List.of(), null, null, KEEPER), "codes");
            notFound(with(shelved(), stockTake()), new CountCopies(ID, "st-9", List.of("TS-00001"), null, null, KEEPER));
        }

        @Test
        void closingFindsFoundMissingMisplacedUnknownAndALostCopyTurnsUp() {
            Object[] given = with(shelved(),
                    new TitleCatalogued(ID, NT, KEEPER.personId(), EARLIER, "t-3", null, "Dế Mèn phiêu lưu ký", "Tô Hoài", null, null,
                            "THIEU_NHI", TitleSource.DONATION, "C1", List.of("TS-00004", "TS-00005")),
                    lent("l-1", "TS-00002", TODAY),
                    new CopyDeclaredLost(ID, NT, KEEPER.personId(), EARLIER, "TS-00005", null, null),
                    stockTake(),
                    new CopiesCounted(ID, NT, KEEPER.personId(), EARLIER, "st-1", List.of("TS-00001", "TS-00004", "TS-00005"), "C1"),
                    new CopiesCounted(ID, NT, KEEPER.personId(), EARLIER, "st-1", List.of("TS-00777"), null));
            fixture.given(given).when(new CloseStockTake(ID, "st-1", null, KEEPER))
                    .expectEvents(new CopyFound(ID, NT, KEEPER.personId(), NOW, "TS-00005"),
                            new StockTakeClosed(ID, NT, KEEPER.personId(), NOW, "st-1", List.of("TS-00004", "TS-00005"),
                                    List.of("TS-00003"), List.of("TS-00001"), List.of("TS-00777")));
        }

        static StockTakeClosed closedMissing(String... missing) {
            return new StockTakeClosed(ID, NT, KEEPER.personId(), EARLIER, "st-1", List.of(), List.of(missing), List.of(), List.of());
        }

        @Test
        void missingCopiesStayAsTheyAreUntilApproved() {
            fixture.given(with(shelved(), stockTake(), closedMissing("TS-00002"))).when(new LendCopy(ID, "l-1", "TS-00002", "r-1", null, null, KEEPER))
                    .expectEvents(new CopyLent(ID, NT, KEEPER.personId(), NOW, "l-1", "TS-00002", "r-1", TODAY.plusDays(14)));
        }

        @Test
        void aCommitteeOfficersApprovalMakesTheCopiesStillMissingLost() {
            // TS-00003 was lent after the close (it turned up): approval leaves it on loan.
            fixture.given(with(shelved(), stockTake(), closedMissing("TS-00002", "TS-00003"), lent("l-1", "TS-00003", TODAY)))
                    .when(new ApproveStockTake(ID, "st-1", null, COMMITTEE))
                    .expectEvents(new CopyDeclaredLost(ID, NT, COMMITTEE.personId(), NOW, "TS-00002", null, "Thiếu khi kiểm kê (đợt st-1)"),
                            new StockTakeApproved(ID, NT, COMMITTEE.personId(), NOW, "st-1", List.of("TS-00002")))
                    .expectResultMessagePayload(new Outcome<>(7, new StockTakeApproval("st-1", List.of("TS-00002"))));
        }

        @Test
        void aKeeperMayNotApprove() {
            rejected(with(shelved(), stockTake(), closedMissing("TS-00002")), new ApproveStockTake(ID, "st-1", null, KEEPER),
                    CommandRejected.Reason.NOT_ALLOWED, "not allowed");
        }

        @Test
        void onlyAClosedStockTakeIsApprovedAndOnlyOnce() {
            rejected(with(shelved(), stockTake()), new ApproveStockTake(ID, "st-1", null, COMMITTEE), refusedIn("OPEN", "chưa kết thúc"));
            Object[] approved = with(shelved(), stockTake(), closedMissing("TS-00002"),
                    new StockTakeApproved(ID, NT, COMMITTEE.personId(), EARLIER, "st-1", List.of()));
            rejected(approved, new ApproveStockTake(ID, "st-1", null, COMMITTEE), refusedIn("APPROVED", "đã được duyệt"));
            notFound(shelved(), new ApproveStockTake(ID, "st-9", null, COMMITTEE));
        }

        @Test
        void aClosedStockTakeIsRefusedAndLoansResume() {
            Object[] closed = with(shelved(), stockTake(),
                    new StockTakeClosed(ID, NT, KEEPER.personId(), EARLIER, "st-1", List.of(), List.of(), List.of(), List.of()));
            rejected(closed, new CloseStockTake(ID, "st-1", null, KEEPER), refusedIn("CLOSED", "đã kết thúc"));
            fixture.given(closed).when(new LendCopy(ID, "l-1", "TS-00001", "r-1", null, null, KEEPER))
                    .expectEvents(new CopyLent(ID, NT, KEEPER.personId(), NOW, "l-1", "TS-00001", "r-1", TODAY.plusDays(14)));
        }
    }
}
