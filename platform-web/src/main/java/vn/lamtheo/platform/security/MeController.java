package vn.lamtheo.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Person;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.directory.Unit;

import java.util.List;

/** Who am I: the signed-in person, their unit and roles, and the units their roles reach. */
@RestController
@RequestMapping("/api/me")
public class MeController {

    private final CurrentActor currentActor;
    private final Directory directory;

    public MeController(CurrentActor currentActor, Directory directory) {
        this.currentActor = currentActor;
        this.directory = directory;
    }

    /** @param scope the actor's unit and every unit below it, parents first */
    public record Me(String personId, String username, String fullName, UnitView unit, List<Role> roles, List<UnitView> scope) {
    }

    public record UnitView(String id, String type, String name, String parentId) {
        static UnitView of(Unit unit) {
            return new UnitView(unit.id(), unit.type().name(), unit.name(), unit.parentId());
        }
    }

    @GetMapping
    @Operation(summary = "Tôi là ai / Who am I: person, unit, roles and the units in scope")
    public Me me() {
        Actor actor = currentActor.get();
        String fullName = directory.person(actor.personId()).map(Person::fullName).orElse(actor.username());
        List<UnitView> scope = directory.subtree(actor.unitId()).stream().map(UnitView::of).toList();
        UnitView unit = directory.unit(actor.unitId()).map(UnitView::of).orElse(null);
        return new Me(actor.personId(), actor.username(), fullName, unit, actor.roles().stream().sorted().toList(), scope);
    }
}
