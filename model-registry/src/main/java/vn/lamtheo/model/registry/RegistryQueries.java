package vn.lamtheo.model.registry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.events.model.ModelStatus;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.model.access.ModelAccess;
import vn.lamtheo.model.api.ModelCalendar;
import vn.lamtheo.model.api.ModelFields;

import java.time.Clock;
import java.util.*;
import java.util.function.Predicate;

/**
 * The registry screens: the filtered registry with per-commune figures, the curator's queue and the feed's
 * list, all answered from the registry index (a dozen documents at most) and filtered by what the person may see.
 */
@Service
public class RegistryQueries {

    private final RegistryIndex index;
    private final ModelAccess access;
    private final ObjectProvider<Directory> directory;
    private final ModelFields fields;
    private final Clock clock;

    public RegistryQueries(RegistryIndex index, ModelAccess access, ObjectProvider<Directory> directory, ModelFields fields, Clock clock) {
        this.index = index;
        this.access = access;
        this.directory = directory;
        this.fields = fields;
        this.clock = clock;
    }

    public record Filter(String field, ModelStatus status, String unitId, Integer year, String q) {
    }

    /** A card as listed, with its years active resolved. */
    public record Listed(String id, String title, String field, String kind, String unitId, String communeId, ModelStatus status,
                         Integer startYear, List<Integer> yearsActive, int adopters, RegistryCard.LastReassessment lastReassessment,
                         String summary) {
        static Listed of(RegistryCard c, int currentYear) {
            return new Listed(c.id(), c.title(), c.field(), c.kind() == null ? null : c.kind().name(), c.unitId(), c.communeId(),
                    c.status(), c.startYear(), c.yearsActive(currentYear), c.adopters(), c.lastReassessment(), c.summary());
        }
    }

    /** {@code counts}: commune → field → status → number of models. */
    public record Registry(List<Listed> cards, Map<String, Map<String, Map<ModelStatus, Integer>>> counts, List<String> fields) {
    }

    public Registry registry(Actor actor, Filter filter) {
        return listing(c -> access.canRead(actor, c.unitId(), c.status()), filter);
    }

    /**
     * The registry as anyone may see it without signing in: registered and featured models only, whatever
     * {@code filter.status()} asks for, since nothing else of a model is published.
     */
    public Registry publicRegistry(Filter filter) {
        ModelStatus status = filter.status() != null && filter.status().isPublic() ? filter.status() : null;
        return listing(c -> c.status().isPublic(),
                new Filter(filter.field(), status, filter.unitId(), filter.year(), filter.q()));
    }

    /** One registered or featured model's card, as the public registry lists it; empty for any other model. */
    public Optional<Listed> publicCard(String modelId) {
        return index.all().stream()
                .filter(c -> c.id().equals(modelId) && c.status() != null && c.status().isPublic())
                .findFirst()
                .map(c -> Listed.of(c, currentYear()));
    }

    private Registry listing(Predicate<RegistryCard> readable, Filter filter) {
        int currentYear = currentYear();
        List<RegistryCard> visible = index.all().stream()
                .filter(c -> c.status() != null && readable.test(c))
                .filter(inUnit(filter.unitId()))
                .filter(c -> filter.year() == null || activeIn(c, filter.year(), currentYear))
                .toList();
        Map<String, Map<String, Map<ModelStatus, Integer>>> counts = new TreeMap<>();
        for (RegistryCard c : visible) {
            counts.computeIfAbsent(Objects.requireNonNullElse(c.communeId(), c.unitId()), k -> new TreeMap<>())
                    .computeIfAbsent(c.field(), k -> new EnumMap<>(ModelStatus.class))
                    .merge(c.status(), 1, Integer::sum);
        }
        List<Listed> cards = visible.stream()
                .filter(c -> filter.status() == null ? c.status().isPublic() : c.status() == filter.status())
                .filter(c -> filter.field() == null || filter.field().equals(c.field()))
                .filter(c -> filter.q() == null || filter.q().isBlank() || RegistrySearch.matches(c.search(), filter.q()))
                .sorted(Comparator.comparing((RegistryCard c) -> c.status() != ModelStatus.FEATURED)
                        .thenComparing(RegistryCard::adopters, Comparator.reverseOrder())
                        .thenComparing(c -> Objects.requireNonNullElse(c.title(), "")))
                .map(c -> Listed.of(c, currentYear))
                .toList();
        return new Registry(cards, counts, fields.codes());
    }

    /** The curator's queue for {@code year}: submitted, overlap-flagged, and carried over without results. */
    public record CuratorQueue(int year, List<Listed> submitted, List<Listed> overlapFlagged, List<Listed> carriedOver) {
    }

    public CuratorQueue curatorQueue(Actor actor, int year) {
        int currentYear = currentYear();
        List<RegistryCard> mine = index.all().stream()
                .filter(c -> c.status() != null && access.isCurator(actor, c.unitId()))
                .toList();
        Comparator<RegistryCard> oldestFirst = Comparator.comparing(c -> Objects.requireNonNullElse(c.submittedAt(), c.updatedAt()),
                Comparator.nullsLast(Comparator.naturalOrder()));
        return new CuratorQueue(year,
                mine.stream().filter(c -> c.status() == ModelStatus.SUBMITTED).sorted(oldestFirst).map(c -> Listed.of(c, currentYear)).toList(),
                mine.stream().filter(c -> c.status() == ModelStatus.OVERLAP_FLAGGED).sorted(oldestFirst).map(c -> Listed.of(c, currentYear)).toList(),
                mine.stream().filter(c -> c.carriedOverWithoutResults(year)).map(c -> Listed.of(c, currentYear)).toList());
    }

    /** Registered models the screening for {@code year} must look at, among those the actor curates (all when null). */
    public List<RegistryCard> screeningCandidates(Actor curatorOrNull, int year) {
        return index.all().stream()
                .filter(c -> c.carriedOverWithoutResults(year) && !c.carriedOverYears().contains(year))
                .filter(c -> curatorOrNull == null || access.isCurator(curatorOrNull, c.unitId()))
                .toList();
    }

    /** Public models for the feed, the most recently registered or featured first. */
    public List<RegistryCard> feedEntries(int limit) {
        return index.all().stream()
                .filter(c -> c.status() != null && c.status().isPublic())
                .sorted(Comparator.comparing(RegistryQueries::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(limit)
                .toList();
    }

    public static java.time.Instant publishedAt(RegistryCard c) {
        if (c.featuredAt() != null && (c.registeredAt() == null || c.featuredAt().isAfter(c.registeredAt()))) {
            return c.featuredAt();
        }
        return c.registeredAt();
    }

    public int currentYear() {
        return ModelCalendar.yearOf(clock.instant());
    }

    private static boolean activeIn(RegistryCard c, int year, int currentYear) {
        List<Integer> years = c.yearsActive(currentYear);
        return years.isEmpty() ? Objects.equals(c.startYear(), year) : years.contains(year);
    }

    private Predicate<RegistryCard> inUnit(String unitId) {
        if (unitId == null || unitId.isBlank()) {
            return c -> true;
        }
        Directory dir = directory.getIfAvailable();
        return c -> unitId.equals(c.unitId()) || unitId.equals(c.communeId())
                || (dir != null && c.unitId() != null && dir.isWithin(c.unitId(), unitId));
    }
}
