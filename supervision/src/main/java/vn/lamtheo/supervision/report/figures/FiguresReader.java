package vn.lamtheo.supervision.report.figures;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.kernel.directory.UnitType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the figures of a unit and of its direct children for some years. A commune's figures are its own
 * document (it already holds every pledge and model below it); any other unit's are its own document plus the
 * figures of its children, so a district's totals are the sum of its communes' documents. One {@code $in} on
 * {@code _id} fetches every document needed; the tree comes from the Directory.
 */
@Component
public class FiguresReader {

    private final MongoCollection<Document> figures;
    private final MongoCollection<Document> cabinets;
    private final Directory directory;

    public FiguresReader(MongoDatabase database, Directory directory) {
        this.figures = database.getCollection(FigureDocuments.COLLECTION);
        this.cabinets = database.getCollection(CabinetFiguresProjection.COLLECTION);
        this.directory = directory;
    }

    /** The figures of {@code root} and of every unit below it, per year; members counted from the Directory. */
    public Tree read(Unit root, Collection<Integer> years) {
        List<Unit> subtree = directory.subtree(root.id());
        Map<String, List<Unit>> children = new HashMap<>();
        subtree.forEach(u -> {
            if (u.parentId() != null && !u.id().equals(root.id())) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        });
        List<String> ids = new ArrayList<>();
        for (Unit unit : subtree) {
            years.forEach(year -> ids.add(FigureDocuments.id(unit.id(), year)));
        }
        Map<String, Document> documents = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            figures.find(Filters.in("_id", ids.subList(from, Math.min(ids.size(), from + 500))))
                    .forEach(d -> documents.put(d.getString("_id"), d));
        }
        Map<String, Integer> members = new HashMap<>();
        countMembers(root, children, members);
        Map<String, Document> cabinetDocuments = new HashMap<>();
        List<String> unitIds = subtree.stream().map(Unit::id).toList();
        for (int from = 0; from < unitIds.size(); from += 500) {
            cabinets.find(Filters.in("_id", unitIds.subList(from, Math.min(unitIds.size(), from + 500))))
                    .forEach(d -> cabinetDocuments.put(d.getString("_id"), d));
        }

        Map<Integer, Map<String, Figures>> byYear = new LinkedHashMap<>();
        for (int year : years) {
            Map<String, Figures> cache = new HashMap<>();
            Map<String, Figures> result = new LinkedHashMap<>();
            for (Unit unit : subtree) {
                result.put(unit.id(), figures(unit, year, children, documents, cabinetDocuments, members, cache));
            }
            byYear.put(year, result);
        }
        return new Tree(root, children.getOrDefault(root.id(), List.of()), subtree, children, byYear);
    }

    private Figures figures(Unit unit, int year, Map<String, List<Unit>> children, Map<String, Document> documents,
                            Map<String, Document> cabinetDocuments, Map<String, Integer> members, Map<String, Figures> cache) {
        Figures cached = cache.get(unit.id());
        if (cached != null) {
            return cached;
        }
        // A commune's own document holds everything below it, but a cabinet's figures sit with the cabinet's unit
        // (the commune or one of its branches): a commune adds the cabinets of its whole subtree.
        Map<String, Integer> cabinetCounts = unit.type() == UnitType.COMMITTEE
                ? cabinetsBelow(unit, year, children, cabinetDocuments)
                : CabinetFiguresProjection.countsOf(cabinetDocuments.get(unit.id()), year);
        Figures own = FigureCounting.of(documents.get(FigureDocuments.id(unit.id(), year))).withBreakdown("cabinets", cabinetCounts);
        if (unit.type() != UnitType.COMMITTEE) {
            for (Unit child : children.getOrDefault(unit.id(), List.of())) {
                own = own.plus(figures(child, year, children, documents, cabinetDocuments, members, cache).withCount("members", 0));
            }
        }
        Figures result = own.withCount("members", members.getOrDefault(unit.id(), 0));
        cache.put(unit.id(), result);
        return result;
    }

    private static Map<String, Integer> cabinetsBelow(Unit unit, int year, Map<String, List<Unit>> children,
                                                      Map<String, Document> cabinetDocuments) {
        Map<String, Integer> sum = new LinkedHashMap<>(CabinetFiguresProjection.countsOf(cabinetDocuments.get(unit.id()), year));
        for (Unit child : children.getOrDefault(unit.id(), List.of())) {
            cabinetsBelow(child, year, children, cabinetDocuments).forEach((k, v) -> sum.merge(k, v, Integer::sum));
        }
        return sum;
    }

    private int countMembers(Unit unit, Map<String, List<Unit>> children, Map<String, Integer> into) {
        int count = directory.membersOf(unit.id()).size();
        for (Unit child : children.getOrDefault(unit.id(), List.of())) {
            count += countMembers(child, children, into);
        }
        into.put(unit.id(), count);
        return count;
    }

    /**
     * @param root     the unit asked for
     * @param children its direct children in name order
     * @param subtree  the root and every unit below it, parents first
     * @param childrenByParent the direct children of every unit of the subtree
     * @param byYear   year → unit id (any unit of the subtree) → figures
     */
    public record Tree(Unit root, List<Unit> children, List<Unit> subtree, Map<String, List<Unit>> childrenByParent,
                       Map<Integer, Map<String, Figures>> byYear) {
        public Figures of(String unitId, int year) {
            return byYear.getOrDefault(year, Map.of()).getOrDefault(unitId, Figures.EMPTY);
        }

        public List<Unit> childrenOf(String unitId) {
            return childrenByParent.getOrDefault(unitId, List.of());
        }
    }
}
