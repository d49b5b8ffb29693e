package vn.lamtheo.model.web.page;

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
import vn.lamtheo.platform.web.ProblemTranslator;
import vn.lamtheo.platform.web.page.PageDates;
import vn.lamtheo.platform.web.page.WebPageConfiguration;
import vn.lamtheo.model.web.page.ModelPagesBackend.Card;
import vn.lamtheo.model.web.page.ModelPagesBackend.Content;
import vn.lamtheo.model.web.page.ModelPagesBackend.CurationQueue;
import vn.lamtheo.model.web.page.ModelPagesBackend.Filter;
import vn.lamtheo.model.web.page.ModelPagesBackend.OverlapMatch;
import vn.lamtheo.model.web.page.ModelPagesBackend.OverlapReport;
import vn.lamtheo.model.web.page.ModelPagesBackend.Passage;
import vn.lamtheo.model.web.page.ModelPagesBackend.Registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
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

/** The model pages render in both languages with the backend's answers; the browser tests use the real registry. */
@WebMvcTest(controllers = {ModelPageController.class, CommuneModelsPageController.class, CurationPageController.class})
@AutoConfigureMockMvc(addFilters = false)
@Import({PageDates.class, ModelPagesConfiguration.class, WebPageConfiguration.class, ProblemTranslator.class})
class ModelPagesRenderingTest {

    static final Actor COMMITTEE = new Actor("p-committee1", "committee1", "cau-ngang/nhi-truong", Set.of(Role.COMMITTEE_OFFICER));
    static final Actor CURATOR = new Actor("p-curator", "curator", "cau-ngang", Set.of(Role.DISTRICT_CURATOR));
    static final Card CARD = new Card("md-1", "Mô hình Dân vận khéo trong xây dựng nông thôn mới", "NONG_THON_MOI", "COLLECTIVE",
            "cau-ngang/nhi-truong", "Đảng bộ xã Nhị Trường", "FEATURED", 2025, 3, 2026, false);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ModelPagesBackend backend;
    @MockitoBean
    CurrentActor currentActor;
    @MockitoBean
    Directory directory;

    @BeforeEach
    void setUp() {
        signInAs(COMMITTEE);
        when(backend.fields()).thenReturn(List.of("KINH_TE", "VAN_HOA_XA_HOI", "QUOC_PHONG_AN_NINH",
                "XAY_DUNG_HE_THONG_CHINH_TRI", "NONG_THON_MOI"));
        when(backend.unitsInScope(any())).thenReturn(Map.of("cau-ngang/nhi-truong", "Đảng bộ xã Nhị Trường"));
        when(directory.person(any())).thenReturn(Optional.empty());
        when(directory.unit(any())).thenReturn(Optional.empty());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signInAs(Actor actor) {
        when(currentActor.get()).thenReturn(actor);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(actor.username(), "n/a", "ROLE_USER"));
    }

    static ModelPagesBackend.Model model(String status, boolean owned, boolean curated) {
        return new ModelPagesBackend.Model("md-1", "cau-ngang/nhi-truong", "Đảng bộ xã Nhị Trường", status, 4,
                new Content("Mô hình Dân vận khéo trong xây dựng nông thôn mới", "NONG_THON_MOI", "COLLECTIVE", 2025,
                        Map.of("reason", "Đường sá xuống cấp", "goals", "Bê tông hóa 2 km")),
                0, List.of(), null, false, null, false, owned, curated);
    }

    @Test
    void theRegistryShowsCardsFiltersAndTheFeed() throws Exception {
        when(backend.registry(eq(COMMITTEE), any(Filter.class))).thenReturn(new Registry(List.of(CARD),
                Map.of("NONG_THON_MOI", 1L), Map.of("FEATURED", 1L)));
        mvc.perform(get("/models").param("q", "dan van kheo")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Danh mục mô hình hay"), containsString("Nông thôn mới"),
                        containsString("href=\"/models/md-1\""), containsString("3 nơi làm theo"),
                        containsString("href=\"/api/registry/feed.atom\""), containsString("value=\"dan van kheo\""))));
        verify(backend).registry(COMMITTEE, new Filter(null, null, null, null, "dan van kheo"));
        mvc.perform(get("/models").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Registry of exemplary models"), containsString("3 adopters"))));
    }

    @Test
    void theFormAndItsValidationMessages() throws Exception {
        mvc.perform(get("/models/new")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Đề xuất mô hình mới"), containsString("Mục tiêu, tiêu chí"))));
        // every problem the form's rules find, at once, each named by its field's label; nothing is drafted
        when(backend.check(any(Content.class), eq(true))).thenReturn(List.of(
                new vn.lamtheo.kernel.domain.CommandRejected.Violation("title", "Chưa điền: tên mô hình / required"),
                new vn.lamtheo.kernel.domain.CommandRejected.Violation("field", "Chọn một lĩnh vực trong danh mục / field must be one of KINH_TE"),
                new vn.lamtheo.kernel.domain.CommandRejected.Violation("description.goals", "Chưa điền: mục tiêu, tiêu chí / required")));
        mvc.perform(post("/models").param("title", " ").param("action", "submit")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Chưa điền “Tên mô hình”."),
                        containsString("Chọn “Lĩnh vực”."), containsString("Chưa điền “Mục tiêu, tiêu chí”."),
                        not(containsString("KINH_TE</")))));
        verify(backend, never()).draft(any(), any(), any(), any());
    }

    @Test
    void submittingADraftRedirectsToTheModel() throws Exception {
        when(backend.draft(eq(COMMITTEE), eq("cau-ngang/nhi-truong"), any(Content.class), anyString())).thenReturn("md-1");
        when(backend.model(COMMITTEE, "md-1")).thenReturn(model("DRAFT", true, false));
        mvc.perform(post("/models").param("title", "Mô hình").param("field", "KINH_TE").param("kind", "COLLECTIVE")
                        .param("startYear", "2026").param("action", "submit"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/models/md-1"));
        verify(backend).submit(eq(COMMITTEE), eq("md-1"), eq(4L), anyString());
    }

    @Test
    void theCuratorSeesTheOverlapSideBySideAndTheActions() throws Exception {
        signInAs(CURATOR);
        when(backend.model(CURATOR, "md-1")).thenReturn(model("SUBMITTED", false, true));
        when(backend.overlapReport(CURATOR, "md-1")).thenReturn(Optional.of(new OverlapReport(0.7, List.of(
                new OverlapMatch("DAN_VAN_KHEO", "dvk-9", "Dân vận khéo: đường đẹp", 0.7, "Bê tông hóa 2 km đường",
                        "Vận động bê tông hóa 2 km đường ấp", List.of(new Passage(0, 16, 9, 25, null, null)))))));
        mvc.perform(get("/models/md-1")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<mark class=\"hl\">Bê tông hóa 2 km</mark>"),
                        containsString("<mark class=\"hl\">bê tông hóa 2 km</mark>"), containsString("Công nhận mô hình"),
                        containsString("Đường sá xuống cấp"), containsString("Mục tiêu, tiêu chí"),
                        containsString("Đánh dấu trùng lặp"), not(containsString("Ghi nhận nơi nhân rộng")))));
    }

    @Test
    void aWrongStateIsExplainedOnThePage() throws Exception {
        signInAs(CURATOR);
        when(backend.model(CURATOR, "md-1")).thenReturn(model("REGISTERED", false, true));
        doThrow(CommandRejected.wrongState("register", "model", Thread.State.NEW))
                .when(backend).register(eq(CURATOR), eq("md-1"), anyLong(), anyString());
        mvc.perform(post("/models/md-1/register").param("version", "4")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không thể thực hiện thao tác ở trạng thái hiện tại")));
    }

    @Test
    void communeAndCurationQueues() throws Exception {
        when(backend.ownModels(COMMITTEE, COMMITTEE.unitId())).thenReturn(List.of(CARD));
        mvc.perform(get("/commune/models")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Đề xuất mô hình"), containsString("Tiêu biểu, nhân rộng"))));
        signInAs(CURATOR);
        when(backend.curationQueue(CURATOR)).thenReturn(new CurationQueue(List.of(CARD), List.of(), List.of()));
        mvc.perform(get("/curation")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Chờ thẩm định (1)"), containsString("Chuyển tiếp"))));
    }
}
