package vn.lamtheo.pledge.web.page;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.CurrentActor;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.platform.web.page.HomePageController;
import vn.lamtheo.platform.web.ProblemTranslator;
import vn.lamtheo.platform.web.page.FollowableModels;
import vn.lamtheo.platform.web.page.PageDates;
import vn.lamtheo.pledge.web.page.PledgePagesBackend.Content;
import vn.lamtheo.pledge.web.page.PledgePagesBackend.CopyReport;
import vn.lamtheo.pledge.web.page.PledgePagesBackend.CopySource;
import vn.lamtheo.pledge.web.page.PledgePagesBackend.Header;
import vn.lamtheo.pledge.web.page.PledgePagesBackend.Passage;
import vn.lamtheo.pledge.web.page.PledgePagesBackend.Pledge;
import vn.lamtheo.pledge.web.page.PledgePagesBackend.Queue;
import vn.lamtheo.pledge.web.page.PledgePagesBackend.QueueRow;
import vn.lamtheo.pledge.web.page.PledgePagesBackend.Section;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pledge pages render in both languages and put the backend's answers where people expect them: template-check
 * problems at their sections, copied passages highlighted, friendly 404s. The backend is a mock; the browser tests
 * run the same pages on the real one.
 */
@WebMvcTest(controllers = {MyPledgePageController.class, ReviewPageController.class, HomePageController.class})
@AutoConfigureMockMvc(addFilters = false)
@Import({PagesClock.class, PageDates.class, PledgePagesConfiguration.class, PledgeHomePanels.class, ProblemTranslator.class})
class PledgePagesRenderingTest {

    static final Actor MEMBER = new Actor("p-member1", "member1", "cau-ngang/nhi-truong/ap-a", Set.of(Role.MEMBER));
    static final Actor SECRETARY = new Actor("p-secretary1", "secretary1", "cau-ngang/nhi-truong/ap-a",
            Set.of(Role.MEMBER, Role.BRANCH_SECRETARY));
    static final List<Section> SECTIONS = List.of(
            new Section("tuTuongChinhTri", "Về tư tưởng chính trị", true),
            new Section("noiDungLamTheo", "Nội dung đăng ký làm theo năm 2026", true));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PledgePagesBackend backend;
    @MockitoBean
    CurrentActor currentActor;
    @MockitoBean
    Directory directory;
    @MockitoBean
    FollowableModels followableModels;

    @BeforeEach
    void signIn() {
        signInAs(MEMBER);
        when(backend.template(anyString(), anyInt())).thenReturn(SECTIONS);
        when(directory.person(any())).thenReturn(Optional.empty());
        when(directory.unit(any())).thenReturn(Optional.empty());
        // the review page places the pledge in its branch's queue (previous / next)
        when(backend.reviewQueue(any(), any(), anyInt())).thenAnswer(call ->
                new Queue(call.getArgument(1), "Chi bộ", call.getArgument(2), List.of()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signInAs(Actor actor) {
        when(currentActor.get()).thenReturn(actor);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(actor.username(), "n/a", "ROLE_USER"));
    }

    static Pledge pledge(String status, boolean editable, boolean reviewable) {
        return new Pledge("pl-1", "p-member1", "Nguyễn Văn Một", "cau-ngang/nhi-truong/ap-a", 2026, "PARTY_MEMBER", status, 3,
                new Content(new Header("Nguyễn Văn Một", 1980, "Trưởng ấp", "Phụ trách ấp"),
                        Map.of("tuTuongChinhTri", "Tôi học tập nghị quyết và làm theo Bác.", "noiDungLamTheo", "Vận động 5 hộ."), List.of()),
                List.of(new PledgePagesBackend.Finding("SAMPLE_WORDING", "tuTuongChinhTri", "Chỉ có câu mẫu")),
                Map.of("noiDungLamTheo", "Cần nêu thời hạn."), "Bổ sung thời hạn", false, null, editable, reviewable);
    }

    @Test
    void myPledgesInVietnameseByDefaultAndEnglishOnRequest() throws Exception {
        when(backend.myPledges(MEMBER)).thenReturn(List.of());
        mvc.perform(get("/pledges/mine")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bản đăng ký của tôi"), containsString("lang=\"vi\""),
                        containsString("Bắt đầu bản đăng ký"))));
        mvc.perform(get("/pledges/mine").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("My pledges"), containsString("Start my pledge"))));
    }

    @Test
    void theFormShowsEachSectionWithItsGuidanceAndTheSecretarysComment() throws Exception {
        when(backend.pledge(MEMBER, "pl-1")).thenReturn(pledge("REVISION_REQUESTED", true, false));
        mvc.perform(get("/pledges/pl-1")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Về tư tưởng chính trị"),
                        containsString("không chép nguyên câu mẫu"),
                        containsString("Cần nêu thời hạn."), containsString("Bổ sung thời hạn"),
                        containsString("Nộp lại sau khi chỉnh sửa"))));
    }

    @Test
    void aRejectedSubmitShowsTheProblemAtItsSection() throws Exception {
        when(backend.pledge(MEMBER, "pl-1")).thenReturn(pledge("DRAFT", true, false));
        doThrow(new CommandRejected(CommandRejected.Reason.INVALID, "Template check failed",
                List.of(new CommandRejected.Violation("tuTuongChinhTri", "Mục “Về tư tưởng chính trị” còn trống"))))
                .when(backend).submit(eq(MEMBER), eq("pl-1"), anyLong(), anyString());
        mvc.perform(post("/pledges/pl-1").param("action", "submit").param("version", "3").param("year", "2026")
                        .param("sections[tuTuongChinhTri]", "").param("sections[noiDungLamTheo]", "Vận động 5 hộ."))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"error-summary\""),
                        containsString("href=\"#f-tuTuongChinhTri\""),
                        containsString("class=\"section-block field has-error\" id=\"sec-tuTuongChinhTri\""),
                        containsString("Mục “Về tư tưởng chính trị” còn trống"))));
    }

    @Test
    void theMemberNamesRegistryModelsTheyFollow() throws Exception {
        when(followableModels.choices(MEMBER)).thenReturn(Map.of("md-1", "Đường hoa ấp La Bang Chợp"));
        when(backend.pledge(MEMBER, "pl-1")).thenReturn(pledge("DRAFT", true, false));
        mvc.perform(get("/pledges/pl-1")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Đường hoa ấp La Bang Chợp"),
                        containsString("name=\"followsModelIds\" id=\"follow-0\" value=\"md-1\""))));
        mvc.perform(post("/pledges/pl-1").param("action", "save").param("version", "3").param("followsModelIds", "md-1"))
                .andExpect(status().isFound());
        verify(backend).edit(eq(MEMBER), eq("pl-1"), eq(3L),
                org.mockito.ArgumentMatchers.argThat(c -> c.followsModelIds().equals(List.of("md-1"))), anyString());
    }

    @Test
    void aSubmittedPledgeNamesTheModelsItFollowsByTheirTitles() throws Exception {
        when(followableModels.choices(MEMBER)).thenReturn(Map.of("md-1", "Đường hoa ấp La Bang Chợp"));
        Pledge submitted = pledge("SUBMITTED", false, false);
        when(backend.pledge(MEMBER, "pl-1")).thenReturn(new Pledge(submitted.id(), submitted.memberId(), submitted.memberName(),
                submitted.branchId(), submitted.year(), submitted.templateKind(), submitted.status(), submitted.version(),
                new Content(submitted.content().header(), submitted.content().sections(), List.of("md-1")),
                submitted.findings(), Map.of(), null, false, null, false, false));
        // SpEL reads modelChoices[id] as the key 'id': the link showed the model's id instead of its title
        mvc.perform(get("/pledges/pl-1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"/models/md-1\">Đường hoa ấp La Bang Chợp</a>")));
    }

    @Test
    void theMemberIsSentFromTheReviewPageToTheirOwnPage() throws Exception {
        when(backend.pledge(MEMBER, "pl-1")).thenReturn(pledge("SUBMITTED", false, false));
        mvc.perform(get("/review/pl-1")).andExpect(status().isFound()).andExpect(redirectedUrl("/pledges/pl-1"));
        verify(backend, never()).copyReport(any(), any());
    }

    @Test
    void aSavedDraftRedirectsBackToThePledge() throws Exception {
        when(backend.pledge(MEMBER, "pl-1")).thenReturn(pledge("DRAFT", true, false));
        mvc.perform(post("/pledges/pl-1").param("action", "save").param("version", "3").param("idempotencyKey", "k1"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/pledges/pl-1"));
    }

    @Test
    void theBilingualRejectionShowsTheHalfInThePersonsLanguage() throws Exception {
        when(backend.pledge(MEMBER, "pl-1")).thenReturn(pledge("DRAFT", true, false));
        doThrow(new CommandRejected(CommandRejected.Reason.INVALID, "Template check failed",
                List.of(new CommandRejected.Violation("header.assignedDuties", "Chưa ghi chức trách / assigned duties missing"))))
                .when(backend).submit(eq(MEMBER), eq("pl-1"), anyLong(), anyString());
        mvc.perform(post("/pledges/pl-1").param("action", "submit").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("assigned duties missing"), not(containsString("Chưa ghi chức trách")),
                        containsString("href=\"#f-assignedDuties\""))));
    }

    @Test
    void aBadBirthYearIsShownNextToTheField() throws Exception {
        when(backend.pledge(MEMBER, "pl-1")).thenReturn(pledge("DRAFT", true, false));
        mvc.perform(post("/pledges/pl-1").param("action", "save").param("birthYear", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Năm sinh phải là một số")));
    }

    @Test
    void theReviewPageHighlightsCopiedPassagesInBothTexts() throws Exception {
        signInAs(SECRETARY);
        when(backend.pledge(SECRETARY, "pl-1")).thenReturn(pledge("SUBMITTED", false, true));
        when(backend.copyReport(SECRETARY, "pl-1")).thenReturn(Optional.of(new CopyReport(0.8, true, List.of(
                new CopySource("pl-2", "Trần Thị Hai", "Chi bộ ấp B", 2026, 0.8, true, true,
                        Map.of("tuTuongChinhTri", "Hằng ngày tôi học tập nghị quyết và làm theo Bác."),
                        List.of(new Passage("tuTuongChinhTri", 4, 22, "tuTuongChinhTri", 14, 32)))))));
        mvc.perform(get("/review/pl-1")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<mark class=\"hl src-0\" data-source=\"0\">học tập nghị quyết</mark>"),
                        containsString("<mark class=\"hl src-0\">học tập nghị quyết</mark>"), containsString("Trần Thị Hai"),
                        containsString("Duyệt bản đăng ký"), containsString("Đánh dấu là sao chép"))));
    }

    @Test
    void theOriginalsReviewPageShowsTheLaterCopyButOffersNoFlagAgainstIt() throws Exception {
        signInAs(SECRETARY);
        when(backend.pledge(SECRETARY, "pl-1")).thenReturn(pledge("SUBMITTED", false, true));
        when(backend.copyReport(SECRETARY, "pl-1")).thenReturn(Optional.of(new CopyReport(0.0, false, List.of(
                new CopySource("pl-2", "Trần Thị Hai", "Chi bộ ấp B", 2026, 0.8, true, true,
                        Map.of("tuTuongChinhTri", "Hằng ngày tôi học tập nghị quyết và làm theo Bác."),
                        List.of(new Passage("tuTuongChinhTri", 4, 22, "tuTuongChinhTri", 14, 32)), "COPIED_BY")))));
        mvc.perform(get("/review/pl-1")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bị sao chép bởi bản nộp sau: Trần Thị Hai — Chi bộ ấp B, năm 2026"),
                        containsString("bản này là bản có trước, không bị nghi vấn"),
                        containsString("<mark class=\"hl src-0\">học tập nghị quyết</mark>"), containsString("Bản sau"),
                        not(containsString("id=\"d-flag\"")), not(containsString("Mức trùng lặp cao nhất")))));
    }

    @Test
    void theQueuePutsWaitingPledgesForward() throws Exception {
        signInAs(SECRETARY);
        when(backend.reviewQueue(eq(SECRETARY), eq(SECRETARY.unitId()), anyInt())).thenReturn(new Queue(SECRETARY.unitId(),
                "Chi bộ ấp A", 2026, List.of(
                new QueueRow("p-member1", "Nguyễn Văn Một", "pl-1", "SUBMITTED", Instant.parse("2026-03-01T02:00:00Z"), 1, 0.81, true, "PledgeSubmitted"),
                new QueueRow("p-member2", "Lê Văn Hai", null, "NOT_DRAFTED", null, 0, null, false, null))));
        mvc.perform(get("/review")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Chi bộ ấp A"), containsString("01/03/2026"),
                        containsString("81%"), containsString("Chưa đăng ký"), containsString("href=\"/review/pl-1\""))));
    }

    @Test
    void anInvisiblePledgeIsAFriendlyNotFoundPage() throws Exception {
        when(backend.pledge(MEMBER, "pl-x")).thenThrow(new NotFoundException("pledge"));
        mvc.perform(get("/pledges/pl-x")).andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("Không tìm thấy trang"), not(containsString("pledge pl-x")))));
        mvc.perform(get("/pledges/pl-x").param("lang", "en")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
    }

    @Test
    void aFailureIsAFriendlyPageWithAnIncidentCodeAndNothingOfTheCause() throws Exception {
        when(backend.pledge(MEMBER, "pl-1")).thenThrow(new IllegalStateException("Tôi học tập nghị quyết: store down"));
        mvc.perform(get("/pledges/pl-1")).andExpect(status().isInternalServerError())
                .andExpect(content().string(allOf(containsString("Đã có lỗi xảy ra"),
                        org.hamcrest.Matchers.matchesPattern("(?s).*id=\"incident\">Mã sự cố \\(báo cho cán bộ quản trị\\): [0-9a-f]{8}<.*"),
                        not(containsString("nghị quyết")), not(containsString("store down")))));
        mvc.perform(get("/pledges/pl-1").param("lang", "en")).andExpect(status().isInternalServerError())
                .andExpect(content().string(allOf(containsString("Something went wrong"), containsString("Incident code"))));
    }

    @Test
    void lastYearsPledgeIsOneClickAwayAndItsShortcomingsAreCarriedOnce() throws Exception {
        when(backend.template(anyString(), anyInt())).thenReturn(List.of(
                new Section("hanCheKhuyetDiemNamTruoc", "Những hạn chế, khuyết điểm năm 2025", true),
                new Section("noiDungLamTheo", "Nội dung đăng ký làm theo năm 2026", true)));
        when(backend.myPledges(MEMBER)).thenReturn(List.of(
                new PledgePagesBackend.Summary("pl-0", 2025, "PARTY_MEMBER", "APPROVED", Instant.parse("2025-03-01T02:00:00Z"))));
        Pledge last = pledge("APPROVED", false, false);
        when(backend.pledge(MEMBER, "pl-0")).thenReturn(new Pledge("pl-0", last.memberId(), last.memberName(), last.branchId(),
                2025, "PARTY_MEMBER", "APPROVED", 7, new Content(last.content().header(),
                Map.of("hanCheKhuyetDiemNamTruoc", "Còn chậm nộp báo cáo quý."), List.of()), List.of(), Map.of(), null,
                false, null, false, false));
        mvc.perform(get("/pledges/new").param("year", "2026")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/pledges/pl-0\" id=\"last-year-link\""),
                        containsString("href=\"/pledges/new?year=2026&amp;kind=PARTY_MEMBER&amp;carry=true\""),
                        not(containsString("Còn chậm nộp báo cáo quý.")))));
        // (a textarea's text comes with Latin-1 letters as entities: read it unescaped)
        org.assertj.core.api.Assertions.assertThat(unescaped(get("/pledges/new").param("year", "2026").param("carry", "true")))
                .contains("name=\"sections[hanCheKhuyetDiemNamTruoc]\">Còn chậm nộp báo cáo quý.</textarea>");

        Pledge draft = pledge("DRAFT", true, false);
        when(backend.pledge(MEMBER, "pl-1")).thenReturn(new Pledge("pl-1", draft.memberId(), draft.memberName(), draft.branchId(),
                2026, "PARTY_MEMBER", "DRAFT", 3, new Content(draft.content().header(),
                Map.of("hanCheKhuyetDiemNamTruoc", "Còn chậm nộp báo cáo quý."), List.of()), List.of(), Map.of(), null,
                false, null, true, false));
        org.assertj.core.api.Assertions.assertThat(unescaped(get("/pledges/pl-1").param("carry", "true")))
                .contains("name=\"sections[hanCheKhuyetDiemNamTruoc]\">Còn chậm nộp báo cáo quý.</textarea>");
    }

    private String unescaped(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return org.springframework.web.util.HtmlUtils.htmlUnescape(page);
    }

    @Test
    void aDecisionThePersonMayNotTakeIsAFriendlyAccessDeniedPageInBothLanguages() throws Exception {
        when(backend.pledge(MEMBER, "pl-1")).thenReturn(pledge("SUBMITTED", false, false));
        doThrow(new CommandRejected(CommandRejected.Reason.NOT_ALLOWED, "Only the branch secretary approves"))
                .when(backend).approve(eq(MEMBER), eq("pl-1"), anyLong(), any(), any());
        mvc.perform(post("/review/pl-1/approve").param("version", "3")).andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("Không có quyền truy cập"), not(containsString("Only the branch")))));
        mvc.perform(post("/review/pl-1/approve").param("version", "3").param("lang", "en")).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Access denied")));
    }

    @Test
    void theHomePageShowsWhatWaits() throws Exception {
        when(backend.myPledges(MEMBER)).thenReturn(List.of());
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Xin chào"), containsString("Bắt đầu đăng ký"),
                        containsString("href=\"/pledges\""))));
    }
}
