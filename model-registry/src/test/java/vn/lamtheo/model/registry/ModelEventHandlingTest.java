package vn.lamtheo.model.registry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lamtheo.kernel.events.EveryEvent;
import vn.lamtheo.kernel.events.model.ModelDrafted;
import vn.lamtheo.kernel.events.model.ModelEvent;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The model's screen ({@link ModelView}, behind the registry projection and the history's fold) has a branch for
 * each event {@link ModelEvent} permits: an event added to the {@code permits} list without one fails here.
 */
class ModelEventHandlingTest {

    static List<ModelEvent> everyModelEvent() {
        return EveryEvent.of(ModelEvent.class);
    }

    @ParameterizedTest
    @MethodSource("everyModelEvent")
    void theScreenAppliesIt(ModelEvent event) {
        ModelDrafted drafted = (ModelDrafted) everyModelEvent().stream().filter(ModelDrafted.class::isInstance)
                .findFirst().orElseThrow();
        ModelView view = ModelView.drafted(drafted, null);
        assertThatCode(() -> view.apply(event, 1)).doesNotThrowAnyException();
    }
}
