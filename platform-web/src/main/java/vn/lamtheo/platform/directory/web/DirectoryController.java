package vn.lamtheo.platform.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.CurrentActor;
import vn.lamtheo.platform.web.ProblemException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.directory.Unit;

/** The organisation tree as the caller may see it: ADMIN everything, anyone else their unit and below. */
@RestController
@RequestMapping("/api/directory")
public class DirectoryController {

    private final Directory directory;
    private final CurrentActor currentActor;

    public DirectoryController(Directory directory, CurrentActor currentActor) {
        this.directory = directory;
        this.currentActor = currentActor;
    }

    public record UnitItem(String id, String type, String name, String parentId) {
        static UnitItem of(Unit unit) {
            return new UnitItem(unit.id(), unit.type().name(), unit.name(), unit.parentId());
        }
    }

    public record UnitNode(String id, String type, String name, List<UnitNode> children) {
    }

    @GetMapping("/units")
    @Operation(summary = "Đơn vị trong phạm vi / Units in scope: a flat list (parents first) or, with view=tree, nested")
    public Object units(@RequestParam(defaultValue = "flat") String view) {
        boolean asTree = switch (view.toLowerCase(Locale.ROOT)) {
            case "tree" -> true;
            case "flat" -> false;
            default -> throw new ProblemException(HttpStatus.BAD_REQUEST, "Tham số 'view' chỉ nhận flat hoặc tree / view must be flat or tree",
                    List.of(new ProblemException.FieldProblem("view", "flat | tree")));
        };
        List<Unit> visible = visibleUnits(currentActor.get());
        return asTree ? tree(visible) : visible.stream().map(UnitItem::of).toList();
    }

    private List<Unit> visibleUnits(Actor actor) {
        if (actor.has(Role.ADMIN)) {
            List<Unit> all = new ArrayList<>();
            directory.roots().forEach(root -> all.addAll(directory.subtree(root.id())));
            return all;
        }
        return directory.subtree(actor.unitId());
    }

    /** The units come parents first, so one pass links every node under its parent. */
    private static List<UnitNode> tree(List<Unit> units) {
        Map<String, UnitNode> nodes = new HashMap<>();
        List<UnitNode> tops = new ArrayList<>();
        for (Unit unit : units) {
            UnitNode node = new UnitNode(unit.id(), unit.type().name(), unit.name(), new ArrayList<>());
            nodes.put(unit.id(), node);
            UnitNode parent = unit.parentId() == null ? null : nodes.get(unit.parentId());
            if (parent == null) {
                tops.add(node);
            } else {
                parent.children().add(node);
            }
        }
        return tops;
    }
}
