package vn.lamtheo.platform.directory;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.domain.CommandRejected.Reason;
import vn.lamtheo.kernel.domain.CommandRejected.Violation;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Person;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.kernel.directory.UnitType;

/**
 * The directory in MongoDB, read only by {@code _id} so that it is fast on the embedded server too:
 * the tree is walked through parent links ({@link #isWithin} costs one lookup per level) and through one
 * "children" document per unit, and each unit has one "people" document listing who belongs to it.
 *
 * <p>There are no transactions on the embedded server, so a move writes in an order that can only leave a
 * stale extra entry in a list, never a missing one: first add to the new list, then save, then remove from
 * the old list. Readers check every listed entry against its own document, so a stale entry is harmless.
 */
@Component
public class MongoDirectory implements Directory {

    static final String UNITS = "directory_units";
    static final String CHILDREN = "directory_unit_children";
    static final String PEOPLE = "directory_people";
    static final String UNIT_PEOPLE = "directory_unit_people";
    /** The key of the children document that lists the units without a parent. */
    private static final String ROOTS = "#roots";
    /** Deeper than any real organisation; guards against a cycle written by hand into the store. */
    private static final int MAX_DEPTH = 64;
    private static final Pattern ID = Pattern.compile("[^\\s#$][^\\s]{0,199}");

    private final MongoCollection<Document> units;
    private final MongoCollection<Document> children;
    private final MongoCollection<Document> people;
    private final MongoCollection<Document> unitPeople;
    private final Comparator<String> vietnamese;

    public MongoDirectory(MongoDatabase database) {
        this.units = database.getCollection(UNITS);
        this.children = database.getCollection(CHILDREN);
        this.people = database.getCollection(PEOPLE);
        this.unitPeople = database.getCollection(UNIT_PEOPLE);
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        this.vietnamese = collator::compare;
    }

    @Override
    public Optional<Unit> unit(String unitId) {
        if (unitId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(units.find(Filters.eq("_id", unitId)).first()).map(MongoDirectory::toUnit);
    }

    @Override
    public Optional<Person> person(String personId) {
        if (personId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(people.find(Filters.eq("_id", personId)).first()).map(MongoDirectory::toPerson);
    }

    @Override
    public List<Unit> children(String unitId) {
        return childrenOf(List.of(unitId == null ? ROOTS : unitId)).getOrDefault(unitId == null ? ROOTS : unitId, List.of());
    }

    @Override
    public List<Unit> roots() {
        return children(null);
    }

    @Override
    public boolean isWithin(String unitId, String ancestorId) {
        if (unitId == null || ancestorId == null) {
            return false;
        }
        String current = unitId;
        for (int depth = 0; depth < MAX_DEPTH && current != null; depth++) {
            if (current.equals(ancestorId)) {
                return true;
            }
            Document unit = units.find(Filters.eq("_id", current)).projection(new Document("parentId", 1)).first();
            current = unit == null ? null : unit.getString("parentId");
        }
        return false;
    }

    @Override
    public List<Unit> subtree(String unitId) {
        Optional<Unit> root = unit(unitId);
        if (root.isEmpty()) {
            return List.of();
        }
        // One level per round trip: the district tree is three levels deep, whatever its width.
        Map<String, List<Unit>> childrenByParent = new HashMap<>();
        List<String> level = List.of(root.get().id());
        Set<String> seen = new HashSet<>(level);
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
            Map<String, List<Unit>> found = childrenOf(level);
            childrenByParent.putAll(found);
            List<String> next = new ArrayList<>();
            found.values().forEach(list -> list.stream().map(Unit::id).filter(seen::add).forEach(next::add));
            level = next;
        }
        List<Unit> ordered = new ArrayList<>();
        appendPreOrder(root.get(), childrenByParent, ordered, new HashSet<>());
        return ordered;
    }

    private void appendPreOrder(Unit unit, Map<String, List<Unit>> childrenByParent, List<Unit> into, Set<String> visited) {
        if (!visited.add(unit.id())) {
            return;
        }
        into.add(unit);
        childrenByParent.getOrDefault(unit.id(), List.of()).forEach(child -> appendPreOrder(child, childrenByParent, into, visited));
    }

    /** The verified children of each of the given parents, in name order (one {@code $in} per collection). */
    private Map<String, List<Unit>> childrenOf(Collection<String> parentIds) {
        Map<String, String> parentOfChild = new HashMap<>();
        for (Document doc : children.find(Filters.in("_id", parentIds))) {
            String parent = doc.getString("_id");
            doc.getList("ids", String.class, List.of()).forEach(child -> parentOfChild.put(child, parent));
        }
        Map<String, List<Unit>> result = new HashMap<>();
        if (parentOfChild.isEmpty()) {
            return result;
        }
        for (Document doc : units.find(Filters.in("_id", parentOfChild.keySet()))) {
            Unit unit = toUnit(doc);
            String listedUnder = parentOfChild.get(unit.id());
            String actualParent = unit.parentId() == null ? ROOTS : unit.parentId();
            if (actualParent.equals(listedUnder)) { // skip stale entries left by an interrupted move
                result.computeIfAbsent(listedUnder, k -> new ArrayList<>()).add(unit);
            }
        }
        result.values().forEach(list -> list.sort(Comparator.comparing(Unit::name, vietnamese)));
        return result;
    }

    @Override
    public List<Person> membersOf(String unitId) {
        return peopleOf(unitId).stream().filter(p -> p.has(Role.MEMBER)).toList();
    }

    @Override
    public List<Person> peopleOf(String unitId) {
        Document list = unitPeople.find(Filters.eq("_id", unitId)).first();
        if (list == null) {
            return List.of();
        }
        List<Person> result = new ArrayList<>();
        for (Document doc : people.find(Filters.in("_id", list.getList("ids", String.class, List.of())))) {
            Person person = toPerson(doc);
            if (Objects.equals(person.unitId(), unitId)) { // skip stale entries left by an interrupted move
                result.add(person);
            }
        }
        result.sort(Comparator.comparing(Person::fullName, vietnamese));
        return result;
    }

    @Override
    public void saveUnit(Unit unit) {
        validate(unit);
        Optional<Unit> before = unit(unit.id());
        String newParentKey = unit.parentId() == null ? ROOTS : unit.parentId();
        addToList(children, newParentKey, unit.id());
        units.replaceOne(Filters.eq("_id", unit.id()), toDocument(unit), new ReplaceOptions().upsert(true));
        before.map(b -> b.parentId() == null ? ROOTS : b.parentId())
                .filter(oldKey -> !oldKey.equals(newParentKey))
                .ifPresent(oldKey -> removeFromList(children, oldKey, unit.id()));
    }

    @Override
    public void savePerson(Person person) {
        validate(person);
        Optional<Person> before = person(person.id());
        addToList(unitPeople, person.unitId(), person.id());
        people.replaceOne(Filters.eq("_id", person.id()), toDocument(person), new ReplaceOptions().upsert(true));
        before.map(Person::unitId)
                .filter(oldUnit -> !oldUnit.equals(person.unitId()))
                .ifPresent(oldUnit -> removeFromList(unitPeople, oldUnit, person.id()));
    }

    private void validate(Unit unit) {
        List<Violation> problems = new ArrayList<>();
        if (unit.id() == null || !ID.matcher(unit.id()).matches()) {
            problems.add(new Violation("id", "Mã đơn vị không hợp lệ / Invalid unit id"));
        }
        if (unit.type() == null) {
            problems.add(new Violation("type", "Thiếu loại đơn vị / Unit type is required"));
        }
        if (unit.name() == null || unit.name().isBlank()) {
            problems.add(new Violation("name", "Thiếu tên đơn vị / Unit name is required"));
        }
        if (unit.parentId() != null && problems.isEmpty()) {
            if (unit(unit.parentId()).isEmpty()) {
                problems.add(new Violation("parentId", "Không có đơn vị cấp trên " + unit.parentId()
                        + " / Unknown parent unit " + unit.parentId()));
            } else if (isWithin(unit.parentId(), unit.id())) {
                problems.add(new Violation("parentId", "Đơn vị không thể nằm dưới chính nó / A unit cannot be placed below itself"));
            }
        }
        if (!problems.isEmpty()) {
            throw new CommandRejected(Reason.INVALID, "Đơn vị không hợp lệ / Invalid unit " + unit.id(), problems);
        }
    }

    private void validate(Person person) {
        List<Violation> problems = new ArrayList<>();
        if (person.id() == null || !ID.matcher(person.id()).matches()) {
            problems.add(new Violation("id", "Mã người không hợp lệ / Invalid person id"));
        }
        if (person.fullName() == null || person.fullName().isBlank()) {
            problems.add(new Violation("fullName", "Thiếu họ tên / Full name is required"));
        }
        if (person.unitId() == null || unit(person.unitId()).isEmpty()) {
            problems.add(new Violation("unitId", "Không có đơn vị " + person.unitId() + " / Unknown unit " + person.unitId()));
        }
        if (!problems.isEmpty()) {
            throw new CommandRejected(Reason.INVALID, "Người không hợp lệ / Invalid person " + person.id(), problems);
        }
    }

    private static void addToList(MongoCollection<Document> lists, String key, String id) {
        lists.updateOne(Filters.eq("_id", key), Updates.addToSet("ids", id), new UpdateOptions().upsert(true));
    }

    private static void removeFromList(MongoCollection<Document> lists, String key, String id) {
        lists.updateOne(Filters.eq("_id", key), Updates.pull("ids", id));
    }

    private static Document toDocument(Unit unit) {
        Document doc = new Document("_id", unit.id()).append("type", unit.type().name()).append("name", unit.name());
        if (unit.parentId() != null) {
            doc.append("parentId", unit.parentId());
        }
        return doc;
    }

    private static Unit toUnit(Document doc) {
        return new Unit(doc.getString("_id"), UnitType.valueOf(doc.getString("type")), doc.getString("name"), doc.getString("parentId"));
    }

    private static Document toDocument(Person person) {
        return new Document("_id", person.id())
                .append("fullName", person.fullName())
                .append("unitId", person.unitId())
                .append("roles", person.roles().stream().map(Role::name).sorted().toList());
    }

    private static Person toPerson(Document doc) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        doc.getList("roles", String.class, List.of()).forEach(r -> roles.add(Role.valueOf(r)));
        return new Person(doc.getString("_id"), doc.getString("fullName"), doc.getString("unitId"), roles);
    }
}
