package vn.lamtheo.model.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.events.model.*;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.model.access.ModelAccess;
import vn.lamtheo.model.api.*;
import vn.lamtheo.model.testsupport.PathAccessPolicy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;

import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.lamtheo.model.testsupport.Demo.*;

/** Given-when-then tests of every command path of the model: success and each rejection. */
class ModelTest {

    static final String ID = "m-1";
    static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Instant EARLIER = Instant.parse("2026-01-05T02:00:00Z");

    FixtureConfiguration<Model> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Model.class);
        fixture.registerInjectableResource(new ModelAccess(new PathAccessPolicy()));
        fixture.registerInjectableResource(ModelFields.DEFAULT);
        fixture.registerInjectableResource(CLOCK);
    }

    // --- the histories a test starts from -------------------------------------------------------------

    static ModelDrafted drafted() {
        return new ModelDrafted(ID, NHI_TRUONG, COMMITTEE1.personId(), EARLIER, content());
    }

    static ModelSubmitted submitted() {
        return new ModelSubmitted(ID, NHI_TRUONG, COMMITTEE1.personId(), EARLIER);
    }

    static ModelRegistered registered(int year) {
        return new ModelRegistered(ID, NHI_TRUONG, CURATOR.personId(), EARLIER, year);
    }

    static Object[] submittedModel() {
        return new Object[]{drafted(), submitted()};
    }

    static Object[] registeredModel(int year) {
        return new Object[]{drafted(), submitted(), registered(year)};
    }

    static Object[] featuredModel() {
        return new Object[]{drafted(), submitted(), registered(2025),
                new ModelFeatured(ID, NHI_TRUONG, CURATOR.personId(), EARLIER, 2025)};
    }

    static Object[] retiredModel() {
        return new Object[]{drafted(), submitted(), registered(2025),
                new ModelRetired(ID, NHI_TRUONG, CURATOR.personId(), EARLIER, RetirementReason.OUTDATED, null, null)};
    }

    static void rejected(FixtureConfiguration<Model> f, Object[] given, Object command, CommandRejected.Reason reason, String message) {
        f.given(given).when(command)
                .expectNoEvents()
                .expectException(CommandRejected.class)
                .expectExceptionMessage(message)
                .expectException(withReason(reason));
    }

    static Matcher<CommandRejected> withReason(CommandRejected.Reason reason) {
        return new FeatureMatcher<>(equalTo(reason), "rejection reason", "reason") {
            @Override
            protected CommandRejected.Reason featureValueOf(CommandRejected actual) {
                return actual.reason();
            }
        };
    }

    static Matcher<CommandRejected> withViolations(Predicate<List<CommandRejected.Violation>> check) {
        return new FeatureMatcher<>(equalTo(true), "violations as expected", "violations") {
            @Override
            protected Boolean featureValueOf(CommandRejected actual) {
                return check.test(actual.violations());
            }
        };
    }

    static ModelContent incomplete() {
        return new ModelContent("Mô hình mới", "KINH_TE", ModelKind.INDIVIDUAL, 2026, null);
    }

    @Nested
    class Draft {
        @Test
        void committeeOfficerDraftsForTheirCommune() {
            fixture.givenNoPriorActivity()
                    .when(new DraftModel(ID, NHI_TRUONG, content(), COMMITTEE1))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ModelDrafted(ID, NHI_TRUONG, "p-committee1", NOW, content()));
        }

        @Test
        void branchSecretaryDraftsForTheirBranch() {
            fixture.givenNoPriorActivity()
                    .when(new DraftModel(ID, NHI_TRUONG_BRANCH, content(), SECRETARY1))
                    .expectEvents(new ModelDrafted(ID, NHI_TRUONG_BRANCH, "p-secretary1", NOW, content()));
        }

        @Test
        void aDraftMayBeIncomplete() {
            fixture.givenNoPriorActivity()
                    .when(new DraftModel(ID, NHI_TRUONG, incomplete(), COMMITTEE1))
                    .expectEvents(new ModelDrafted(ID, NHI_TRUONG, "p-committee1", NOW, incomplete()));
        }

        @Test
        void rejectsAFieldOutsideTheConfiguredList() {
            ModelContent c = content();
            ModelContent wrong = new ModelContent(c.title(), "THE_THAO", c.kind(), c.startYear(), c.description());
            fixture.givenNoPriorActivity()
                    .when(new DraftModel(ID, NHI_TRUONG, wrong, COMMITTEE1))
                    .expectNoEvents()
                    .expectException(CommandRejected.class)
                    .expectException(withViolations(v -> v.stream().anyMatch(x -> x.field().equals("field"))));
        }

        @Test
        void rejectsMissingTitleKindAndYear() {
            rejected(fixture, new Object[0], new DraftModel(ID, NHI_TRUONG, new ModelContent(" ", "KINH_TE", null, 1900, null), COMMITTEE1),
                    CommandRejected.Reason.INVALID, "Mô hình chưa hợp lệ / the model is not valid");
        }

        @Test
        void aMemberCannotPropose() {
            rejected(fixture, new Object[0], new DraftModel(ID, NHI_TRUONG_BRANCH, content(), MEMBER1),
                    CommandRejected.Reason.NOT_ALLOWED, "Only a committee officer or branch secretary may propose a model for a unit within their scope");
        }

        @Test
        void anOfficerCannotProposeForAnotherCommune() {
            rejected(fixture, new Object[0], new DraftModel(ID, HIEP_HOA, content(), COMMITTEE1),
                    CommandRejected.Reason.NOT_ALLOWED, "Only a committee officer or branch secretary may propose a model for a unit within their scope");
        }
    }

    @Nested
    class Edit {
        @Test
        void editingADraftKeepsItADraft() {
            fixture.given(drafted())
                    .when(new EditModel(ID, incomplete(), 0L, COMMITTEE1))
                    .expectEvents(new ModelEdited(ID, NHI_TRUONG, "p-committee1", NOW, incomplete()));
        }

        @Test
        void revisingAfterARevisionRequestSubmitsAgain() {
            fixture.given(drafted(), submitted(), new ModelRevisionRequested(ID, NHI_TRUONG, "p-curator", EARLIER, "Bổ sung số liệu"))
                    .when(new EditModel(ID, content(), null, COMMITTEE1))
                    .expectEvents(new ModelRevised(ID, NHI_TRUONG, "p-committee1", NOW, content()));
        }

        @Test
        void revisingAfterAnOverlapFlagSubmitsAgain() {
            fixture.given(drafted(), submitted(), new ModelOverlapFlagged(ID, NHI_TRUONG, "p-curator", EARLIER,
                            OverlapSource.DAN_VAN_KHEO, "dvk-7", null))
                    .when(new EditModel(ID, content(), 2L, COMMITTEE1))
                    .expectEvents(new ModelRevised(ID, NHI_TRUONG, "p-committee1", NOW, content()));
        }

        @Test
        void aRevisionMustBeComplete() {
            rejected(fixture, new Object[]{drafted(), submitted(), new ModelRevisionRequested(ID, NHI_TRUONG, "p-curator", EARLIER, "x")},
                    new EditModel(ID, incomplete(), null, COMMITTEE1), CommandRejected.Reason.INVALID, "Mô hình chưa hợp lệ / the model is not valid");
        }

        @Test
        void cannotEditASubmittedModel() {
            rejected(fixture, submittedModel(), new EditModel(ID, content(), null, COMMITTEE1),
                    CommandRejected.Reason.WRONG_STATE, "Cannot edit model in status SUBMITTED");
        }

        @Test
        void staleVersionIsRejected() {
            rejected(fixture, new Object[]{drafted(), new ModelEdited(ID, NHI_TRUONG, "p-committee1", EARLIER, content())},
                    new EditModel(ID, content(), 0L, COMMITTEE1), CommandRejected.Reason.STALE,
                    "The model was changed by someone else (version 1, expected 0); reload and try again");
        }

        @Test
        void theCuratorCannotEditASubmittedModel() {
            rejected(fixture, submittedModel(), new EditModel(ID, content(), null, CURATOR),
                    CommandRejected.Reason.NOT_ALLOWED, "Not allowed to edit this model");
        }

        @Test
        void anotherCommuneDoesNotEvenSeeTheDraft() {
            fixture.given(drafted())
                    .when(new EditModel(ID, content(), null, COMMITTEE2))
                    .expectNoEvents()
                    .expectException(NotFoundException.class);
        }

        @Test
        void theCuratorDoesNotSeeDrafts() {
            fixture.given(drafted())
                    .when(new EditModel(ID, content(), null, CURATOR))
                    .expectException(NotFoundException.class);
        }
    }

    @Nested
    class Submit {
        @Test
        void submitsACompleteDraft() {
            fixture.given(drafted())
                    .when(new SubmitModel(ID, 0L, COMMITTEE1))
                    .expectEvents(new ModelSubmitted(ID, NHI_TRUONG, "p-committee1", NOW));
        }

        @Test
        void rejectsAnIncompleteDraftNamingTheMissingParts() {
            fixture.given(new ModelDrafted(ID, NHI_TRUONG, "p-committee1", EARLIER, incomplete()))
                    .when(new SubmitModel(ID, null, COMMITTEE1))
                    .expectNoEvents()
                    .expectException(withViolations(v -> v.size() == 7));
        }

        @Test
        void cannotSubmitTwice() {
            rejected(fixture, submittedModel(), new SubmitModel(ID, null, COMMITTEE1),
                    CommandRejected.Reason.WRONG_STATE, "Cannot submit model in status SUBMITTED");
        }

        @Test
        void aMemberOfTheBranchSeesNoDraft() {
            fixture.given(drafted())
                    .when(new SubmitModel(ID, null, MEMBER1))
                    .expectException(NotFoundException.class);
        }
    }

    @Nested
    class OverlapCheck {
        @Test
        void recordsTheEnginesFindings() {
            List<OverlapFinding> findings = List.of(new OverlapFinding(OverlapSource.DAN_VAN_KHEO, "dvk-3", "Dân vận khéo: vườn rau",
                    0.62, List.of(new OverlapPassage(10, 80, 5, 75, "vườn rau sạch", "vườn rau sạch"))));
            fixture.given(submittedModel())
                    .when(new RecordOverlapCheck(ID, 0.62, findings, "system:overlap"))
                    .expectEvents(new ModelOverlapChecked(ID, NHI_TRUONG, "system:overlap", NOW, 0.62, findings));
        }
    }

    @Nested
    class RequestRevision {
        @Test
        void theCuratorSendsASubmittedModelBack() {
            fixture.given(submittedModel())
                    .when(new RequestModelRevision(ID, " Bổ sung kết quả kiểm chứng được ", 1L, CURATOR))
                    .expectEvents(new ModelRevisionRequested(ID, NHI_TRUONG, "p-curator", NOW, "Bổ sung kết quả kiểm chứng được"));
        }

        @Test
        void orAnOverlapFlaggedOne() {
            fixture.given(drafted(), submitted(), new ModelOverlapFlagged(ID, NHI_TRUONG, "p-curator", EARLIER, OverlapSource.MODEL, "m-2", null))
                    .when(new RequestModelRevision(ID, "Làm rõ điểm khác", null, CURATOR))
                    .expectEvents(new ModelRevisionRequested(ID, NHI_TRUONG, "p-curator", NOW, "Làm rõ điểm khác"));
        }

        @Test
        void needsAReason() {
            rejected(fixture, submittedModel(), new RequestModelRevision(ID, "  ", null, CURATOR),
                    CommandRejected.Reason.INVALID, "Hãy nêu lý do yêu cầu chỉnh sửa / a reason is required");
        }

        @Test
        void notOnARegisteredModel() {
            rejected(fixture, registeredModel(2026), new RequestModelRevision(ID, "x", null, CURATOR),
                    CommandRejected.Reason.WRONG_STATE, "Cannot request revision of model in status REGISTERED");
        }

        @Test
        void onlyTheCurator() {
            rejected(fixture, submittedModel(), new RequestModelRevision(ID, "x", null, COMMITTEE1),
                    CommandRejected.Reason.NOT_ALLOWED, "Not allowed to request a revision of this model");
        }

        @Test
        void anOverlapCheckThatFoundNothingSinceTheReadLeavesTheVersionValid() {
            fixture.given(drafted(), submitted(), new ModelOverlapChecked(ID, NHI_TRUONG, "system:overlap", EARLIER, 0.0, List.of()))
                    .when(new RequestModelRevision(ID, "Làm rõ kết quả", 1L, CURATOR))
                    .expectEvents(new ModelRevisionRequested(ID, NHI_TRUONG, "p-curator", NOW, "Làm rõ kết quả"));
        }

        @Test
        void anOverlapCheckWithFindingsSinceTheReadMakesTheVersionStale() {
            List<OverlapFinding> findings = List.of(new OverlapFinding(OverlapSource.DAN_VAN_KHEO, "dvk-3", "Dân vận khéo: vườn rau",
                    0.62, List.of(new OverlapPassage(10, 80, 5, 75, "vườn rau sạch", "vườn rau sạch"))));
            rejected(fixture, new Object[] {drafted(), submitted(), new ModelOverlapChecked(ID, NHI_TRUONG, "system:overlap", EARLIER, 0.62, findings)},
                    new RequestModelRevision(ID, "x", 1L, CURATOR),
                    CommandRejected.Reason.STALE, "The model was changed by someone else (version 2, expected 1); reload and try again");
        }

        @Test
        void staleVersion() {
            rejected(fixture, submittedModel(), new RequestModelRevision(ID, "x", 0L, CURATOR),
                    CommandRejected.Reason.STALE, "The model was changed by someone else (version 1, expected 0); reload and try again");
        }
    }

    @Nested
    class FlagOverlap {
        @Test
        void flagsAnOverlapWithDanVanKheo() {
            fixture.given(submittedModel())
                    .when(new FlagModelOverlap(ID, OverlapSource.DAN_VAN_KHEO, "dvk-7", "Trùng mô hình Dân vận khéo của Hội Phụ nữ", null, CURATOR))
                    .expectEvents(new ModelOverlapFlagged(ID, NHI_TRUONG, "p-curator", NOW, OverlapSource.DAN_VAN_KHEO, "dvk-7",
                            "Trùng mô hình Dân vận khéo của Hội Phụ nữ"));
        }

        @Test
        void alsoARegisteredModelFoundLater() {
            fixture.given(registeredModel(2025))
                    .when(new FlagModelOverlap(ID, OverlapSource.MODEL, "m-9", null, null, CURATOR))
                    .expectEvents(new ModelOverlapFlagged(ID, NHI_TRUONG, "p-curator", NOW, OverlapSource.MODEL, "m-9", null));
        }

        @Test
        void notWithItself() {
            rejected(fixture, submittedModel(), new FlagModelOverlap(ID, OverlapSource.MODEL, ID, null, null, CURATOR),
                    CommandRejected.Reason.INVALID, "Một mô hình không thể trùng với chính nó / a model cannot overlap itself");
        }

        @Test
        void needsAKnownTarget() {
            rejected(fixture, submittedModel(), new FlagModelOverlap(ID, null, "nothing", null, null, CURATOR),
                    CommandRejected.Reason.INVALID, "Không tìm thấy mô hình hoặc mô hình Dân vận khéo này / unknown entry or model");
            rejected(fixture, submittedModel(), new FlagModelOverlap(ID, OverlapSource.MODEL, " ", null, null, CURATOR),
                    CommandRejected.Reason.INVALID, "Hãy chỉ ra mô hình trùng lặp / name the overlapping entry or model");
        }

        @Test
        void notWhileTheOwnerRevises() {
            rejected(fixture, new Object[]{drafted(), submitted(), new ModelRevisionRequested(ID, NHI_TRUONG, "p-curator", EARLIER, "x")},
                    new FlagModelOverlap(ID, OverlapSource.MODEL, "m-2", null, null, CURATOR),
                    CommandRejected.Reason.WRONG_STATE, "Cannot flag overlap of model in status REVISION_REQUESTED");
        }

        @Test
        void onlyTheCurator() {
            rejected(fixture, submittedModel(), new FlagModelOverlap(ID, OverlapSource.MODEL, "m-2", null, null, SUPERVISOR),
                    CommandRejected.Reason.NOT_ALLOWED, "Not allowed to flag an overlap of this model");
        }
    }

    @Nested
    class Register {
        @Test
        void registersInTheCurrentVietnameseYear() {
            fixture.given(submittedModel())
                    .when(new RegisterModel(ID, 1L, CURATOR))
                    .expectEvents(new ModelRegistered(ID, NHI_TRUONG, "p-curator", NOW, 2026));
        }

        @Test
        void theYearFollowsHanoiTimeNotUtc() {
            Instant newYearsEveUtc = Instant.parse("2026-12-31T18:00:00Z"); // already 2027 in Vietnam
            fixture = new AggregateTestFixture<>(Model.class);
            fixture.registerInjectableResource(new ModelAccess(new PathAccessPolicy()));
            fixture.registerInjectableResource(ModelFields.DEFAULT);
            fixture.registerInjectableResource(Clock.fixed(newYearsEveUtc, ZoneOffset.UTC));
            fixture.given(submittedModel())
                    .when(new RegisterModel(ID, null, CURATOR))
                    .expectEvents(new ModelRegistered(ID, NHI_TRUONG, "p-curator", newYearsEveUtc, 2027));
        }

        @Test
        void notTwice() {
            rejected(fixture, registeredModel(2026), new RegisterModel(ID, null, CURATOR),
                    CommandRejected.Reason.WRONG_STATE, "Cannot register model in status REGISTERED");
        }

        @Test
        void notAnOverlapFlaggedModel() {
            rejected(fixture, new Object[]{drafted(), submitted(), new ModelOverlapFlagged(ID, NHI_TRUONG, "p-curator", EARLIER, OverlapSource.MODEL, "m-2", null)},
                    new RegisterModel(ID, null, CURATOR), CommandRejected.Reason.WRONG_STATE, "Cannot register model in status OVERLAP_FLAGGED");
        }

        @Test
        void theOwnerCannotRegisterTheirOwn() {
            rejected(fixture, submittedModel(), new RegisterModel(ID, null, COMMITTEE1),
                    CommandRejected.Reason.NOT_ALLOWED, "Not allowed to register this model");
        }
    }

    @Nested
    class Feature {
        @Test
        void featuresARegisteredModel() {
            fixture.given(registeredModel(2026))
                    .when(new FeatureModel(ID, 2L, CURATOR))
                    .expectEvents(new ModelFeatured(ID, NHI_TRUONG, "p-curator", NOW, 2026));
        }

        @Test
        void notASubmittedOne() {
            rejected(fixture, submittedModel(), new FeatureModel(ID, null, CURATOR),
                    CommandRejected.Reason.WRONG_STATE, "Cannot feature model in status SUBMITTED");
        }

        @Test
        void notTwice() {
            rejected(fixture, featuredModel(), new FeatureModel(ID, null, CURATOR),
                    CommandRejected.Reason.WRONG_STATE, "Cannot feature model in status FEATURED");
        }

        @Test
        void everybodyReadsButOnlyTheCuratorFeatures() {
            rejected(fixture, registeredModel(2026), new FeatureModel(ID, null, MEMBER1),
                    CommandRejected.Reason.NOT_ALLOWED, "Not allowed to feature this model");
        }
    }

    @Nested
    class Reassess {
        @Test
        void keep() {
            fixture.given(registeredModel(2025))
                    .when(new ReassessModel(ID, 2026, ReassessmentOutcome.KEEP, "35 hộ có vườn rau, tiết kiệm 300.000đ/tháng", null, CURATOR))
                    .expectEvents(new ModelReassessed(ID, NHI_TRUONG, "p-curator", NOW, 2026, ReassessmentOutcome.KEEP,
                            "35 hộ có vườn rau, tiết kiệm 300.000đ/tháng"));
        }

        @Test
        void featureAlsoFeaturesIt() {
            fixture.given(registeredModel(2025))
                    .when(new ReassessModel(ID, 2026, ReassessmentOutcome.FEATURE, "Nhân rộng ra 4 ấp", null, CURATOR))
                    .expectEvents(new ModelReassessed(ID, NHI_TRUONG, "p-curator", NOW, 2026, ReassessmentOutcome.FEATURE, "Nhân rộng ra 4 ấp"),
                            new ModelFeatured(ID, NHI_TRUONG, "p-curator", NOW, 2026));
        }

        @Test
        void featureOfAFeaturedModelOnlyRecordsTheAssessment() {
            fixture.given(featuredModel())
                    .when(new ReassessModel(ID, 2026, ReassessmentOutcome.FEATURE, "Tiếp tục hiệu quả", null, CURATOR))
                    .expectEvents(new ModelReassessed(ID, NHI_TRUONG, "p-curator", NOW, 2026, ReassessmentOutcome.FEATURE, "Tiếp tục hiệu quả"));
        }

        @Test
        void retireRetiresAsIneffective() {
            fixture.given(registeredModel(2025))
                    .when(new ReassessModel(ID, 2026, ReassessmentOutcome.RETIRE, "Không còn hộ tham gia", null, CURATOR))
                    .expectEvents(new ModelReassessed(ID, NHI_TRUONG, "p-curator", NOW, 2026, ReassessmentOutcome.RETIRE, "Không còn hộ tham gia"),
                            new ModelRetired(ID, NHI_TRUONG, "p-curator", NOW, RetirementReason.INEFFECTIVE, "Đánh giá lại năm 2026", null));
        }

        @Test
        void onceAYear() {
            rejected(fixture, new Object[]{drafted(), submitted(), registered(2025),
                            new ModelReassessed(ID, NHI_TRUONG, "p-curator", EARLIER, 2026, ReassessmentOutcome.KEEP, "ok")},
                    new ReassessModel(ID, 2026, ReassessmentOutcome.KEEP, "again", null, CURATOR),
                    CommandRejected.Reason.DUPLICATE, "The model was already re-assessed for 2026");
        }

        @Test
        void notForTheFutureNorBeforeRegistration() {
            rejected(fixture, registeredModel(2025), new ReassessModel(ID, 2027, ReassessmentOutcome.KEEP, "x", null, CURATOR),
                    CommandRejected.Reason.INVALID, "Năm đánh giá phải từ 2025 đến 2026 / the year must be between 2025 and 2026");
            rejected(fixture, registeredModel(2025), new ReassessModel(ID, 2024, ReassessmentOutcome.KEEP, "x", null, CURATOR),
                    CommandRejected.Reason.INVALID, "Năm đánh giá phải từ 2025 đến 2026 / the year must be between 2025 and 2026");
        }

        @Test
        void needsEvidenceAndAnOutcome() {
            rejected(fixture, registeredModel(2025), new ReassessModel(ID, 2026, ReassessmentOutcome.KEEP, "", null, CURATOR),
                    CommandRejected.Reason.INVALID, "Hãy nêu kết quả, minh chứng của năm / evidence of results is required");
            rejected(fixture, registeredModel(2025), new ReassessModel(ID, 2026, null, "x", null, CURATOR),
                    CommandRejected.Reason.INVALID, "Hãy chọn giữ nguyên, chọn tiêu biểu hoặc dừng / choose KEEP, FEATURE or RETIRE");
        }

        @Test
        void onlyRegisteredModels() {
            rejected(fixture, submittedModel(), new ReassessModel(ID, 2026, ReassessmentOutcome.KEEP, "x", null, CURATOR),
                    CommandRejected.Reason.WRONG_STATE, "Cannot re-assess model in status SUBMITTED");
        }

        @Test
        void onlyTheCurator() {
            rejected(fixture, registeredModel(2025), new ReassessModel(ID, 2026, ReassessmentOutcome.KEEP, "x", null, COMMITTEE1),
                    CommandRejected.Reason.NOT_ALLOWED, "Not allowed to re-assess this model");
        }
    }

    @Nested
    class Screen {
        @Test
        void aModelFromAnEarlierYearWithoutAssessmentIsCarriedOver() {
            fixture.given(registeredModel(2025))
                    .when(new ScreenModel(ID, 2026, "system:screening"))
                    .expectEvents(new ModelCarriedOver(ID, NHI_TRUONG, "system:screening", NOW, 2026));
        }

        @Test
        void aFeaturedOneToo() {
            fixture.given(featuredModel())
                    .when(new ScreenModel(ID, 2026, "p-curator"))
                    .expectEvents(new ModelCarriedOver(ID, NHI_TRUONG, "p-curator", NOW, 2026));
        }

        @Test
        void notWhenReassessedForTheYear() {
            fixture.given(drafted(), submitted(), registered(2025),
                            new ModelReassessed(ID, NHI_TRUONG, "p-curator", EARLIER, 2026, ReassessmentOutcome.KEEP, "ok"))
                    .when(new ScreenModel(ID, 2026, "system:screening"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void notInTheYearOfRegistration() {
            fixture.given(registeredModel(2026))
                    .when(new ScreenModel(ID, 2026, "system:screening"))
                    .expectNoEvents();
        }

        @Test
        void onlyOncePerYear() {
            fixture.given(drafted(), submitted(), registered(2025), new ModelCarriedOver(ID, NHI_TRUONG, "system:screening", EARLIER, 2026))
                    .when(new ScreenModel(ID, 2026, "p-curator"))
                    .expectNoEvents();
        }

        @Test
        void notRetiredOrUnregisteredModels() {
            fixture.given(retiredModel()).when(new ScreenModel(ID, 2026, "system:screening")).expectNoEvents();
            fixture.given(submittedModel()).when(new ScreenModel(ID, 2026, "system:screening")).expectNoEvents();
        }
    }

    @Nested
    class Retire {
        @Test
        void retiresWithAReason() {
            fixture.given(registeredModel(2025))
                    .when(new RetireModel(ID, RetirementReason.INEFFECTIVE, "Không có kết quả hai năm liền", null, 2L, CURATOR))
                    .expectEvents(new ModelRetired(ID, NHI_TRUONG, "p-curator", NOW, RetirementReason.INEFFECTIVE,
                            "Không có kết quả hai năm liền", null));
        }

        @Test
        void mergedNamesTheModelItMergedInto() {
            fixture.given(registeredModel(2025))
                    .when(new RetireModel(ID, RetirementReason.MERGED, null, "m-2", null, CURATOR))
                    .expectEvents(new ModelRetired(ID, NHI_TRUONG, "p-curator", NOW, RetirementReason.MERGED, null, "m-2"));
        }

        @Test
        void mergedIntoIsKeptOnlyForMerged() {
            fixture.given(registeredModel(2025))
                    .when(new RetireModel(ID, RetirementReason.OUTDATED, null, "m-2", null, CURATOR))
                    .expectEvents(new ModelRetired(ID, NHI_TRUONG, "p-curator", NOW, RetirementReason.OUTDATED, null, null));
        }

        @Test
        void mergedWithoutTargetOrIntoItself() {
            rejected(fixture, registeredModel(2025), new RetireModel(ID, RetirementReason.MERGED, null, null, null, CURATOR),
                    CommandRejected.Reason.INVALID, "Hãy chỉ ra mô hình được hợp nhất vào / name the model it merged into");
            rejected(fixture, registeredModel(2025), new RetireModel(ID, RetirementReason.MERGED, null, ID, null, CURATOR),
                    CommandRejected.Reason.INVALID, "Một mô hình không thể hợp nhất vào chính nó / a model cannot merge into itself");
        }

        @Test
        void needsAReason() {
            rejected(fixture, registeredModel(2025), new RetireModel(ID, null, null, null, null, CURATOR),
                    CommandRejected.Reason.INVALID, "Hãy chọn lý do dừng mô hình / choose a reason: INEFFECTIVE, OUTDATED, DUPLICATE, MERGED, OWNER_REQUEST");
        }

        @Test
        void notTwice() {
            rejected(fixture, retiredModel(), new RetireModel(ID, RetirementReason.DUPLICATE, null, null, null, CURATOR),
                    CommandRejected.Reason.WRONG_STATE, "Cannot retire model in status RETIRED");
        }

        @Test
        void onlyTheCurator() {
            rejected(fixture, registeredModel(2025), new RetireModel(ID, RetirementReason.OWNER_REQUEST, null, null, null, COMMITTEE1),
                    CommandRejected.Reason.NOT_ALLOWED, "Not allowed to retire this model");
        }
    }

    @Nested
    class Adoption {
        @Test
        void anotherCommunesBranchReplicatesIt() {
            fixture.given(registeredModel(2025))
                    .when(new RecordAdoption(ID, "a-1", HIEP_HOA_BRANCH, null, 2026, "12 hộ có vườn rau", SECRETARY2))
                    .expectEvents(new ModelAdoptionRecorded(ID, NHI_TRUONG, "p-secretary2", NOW, "a-1", HIEP_HOA_BRANCH, null, 2026,
                            "12 hộ có vườn rau"));
        }

        @Test
        void aMemberReplicatesIt() {
            fixture.given(featuredModel())
                    .when(new RecordAdoption(ID, "a-2", NHI_TRUONG_BRANCH, "p-member1", 2025, null, COMMITTEE1))
                    .expectEvents(new ModelAdoptionRecorded(ID, NHI_TRUONG, "p-committee1", NOW, "a-2", NHI_TRUONG_BRANCH, "p-member1", 2025, null));
        }

        @Test
        void theSameRequestTwiceRecordsOnce() {
            fixture.given(drafted(), submitted(), registered(2025),
                            new ModelAdoptionRecorded(ID, NHI_TRUONG, "p-secretary2", EARLIER, "a-1", HIEP_HOA_BRANCH, null, 2026, null))
                    .when(new RecordAdoption(ID, "a-1", HIEP_HOA_BRANCH, null, 2026, null, SECRETARY2))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void onlyForUnitsTheRecorderAnswersFor() {
            rejected(fixture, registeredModel(2025), new RecordAdoption(ID, "a-3", HIEP_HOA_BRANCH, null, 2026, null, SECRETARY1),
                    CommandRejected.Reason.NOT_ALLOWED, "Not allowed to record an adoption of this model");
            rejected(fixture, registeredModel(2025), new RecordAdoption(ID, "a-3", NHI_TRUONG_BRANCH, "p-member1", 2026, null, MEMBER1),
                    CommandRejected.Reason.NOT_ALLOWED, "Not allowed to record an adoption of this model");
        }

        @Test
        void onlyRegisteredModels() {
            rejected(fixture, submittedModel(), new RecordAdoption(ID, "a-4", NHI_TRUONG_BRANCH, null, 2026, null, COMMITTEE1),
                    CommandRejected.Reason.WRONG_STATE, "Cannot record an adoption of model in status SUBMITTED");
            rejected(fixture, retiredModel(), new RecordAdoption(ID, "a-4", NHI_TRUONG_BRANCH, null, 2026, null, CURATOR),
                    CommandRejected.Reason.WRONG_STATE, "Cannot record an adoption of model in status RETIRED");
        }

        @Test
        void theYearLiesBetweenRegistrationAndNow() {
            rejected(fixture, registeredModel(2025), new RecordAdoption(ID, "a-5", NHI_TRUONG_BRANCH, null, 2024, null, COMMITTEE1),
                    CommandRejected.Reason.INVALID, "Năm nhân rộng phải từ 2025 đến 2026 / the year must be between 2025 and 2026");
        }

        @Test
        void needsTheAdopter() {
            rejected(fixture, registeredModel(2025), new RecordAdoption(ID, "a-6", null, null, 2026, null, COMMITTEE1),
                    CommandRejected.Reason.INVALID, "Hãy chỉ ra đơn vị hoặc đảng viên nhân rộng / name the adopting unit or member");
        }
    }

    @Test
    void theSupervisorReadsEverythingButActsOnNothing() {
        ModelAccess access = new ModelAccess(new PathAccessPolicy());
        assertThat(access.canRead(SUPERVISOR, NHI_TRUONG, ModelStatus.DRAFT)).isTrue();
        assertThat(access.canRead(CURATOR, NHI_TRUONG, ModelStatus.DRAFT)).isFalse();
        assertThat(access.canRead(CURATOR, NHI_TRUONG, ModelStatus.SUBMITTED)).isTrue();
        assertThat(access.canRead(MEMBER1, NHI_TRUONG, ModelStatus.SUBMITTED)).isFalse();
        assertThat(access.canRead(MEMBER1, HIEP_HOA, ModelStatus.REGISTERED)).isTrue();
        assertThat(access.canRead(ADMIN, NHI_TRUONG, ModelStatus.RETIRED)).isFalse();
        Actor nobody = new Actor("p-x", "x", HIEP_HOA, java.util.Set.of());
        assertThat(access.canRead(nobody, HIEP_HOA, ModelStatus.FEATURED)).isTrue();
    }
}
