package vn.lamtheo.model.adoption;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.model.ModelAdoptionRecorded;
import vn.lamtheo.kernel.events.model.ModelDrafted;
import vn.lamtheo.model.registry.RegistryProjection;

/**
 * Recorded replications (nhân rộng) count as adopters. Pledges that follow models arrive through
 * {@link PledgeFollowsProjection}. Owns the ledger's lifecycle: emptied on reset, shown on a model's screen once
 * the model exists (the {@link RegistryProjection} runs first in the group, see its {@code @Order}).
 */
@Component
@ProcessingGroup(RegistryProjection.GROUP)
public class AdoptionProjection {

    private final AdopterLedger ledger;

    public AdoptionProjection(AdopterLedger ledger) {
        this.ledger = ledger;
    }

    @EventHandler
    public void on(ModelAdoptionRecorded e) {
        ledger.adoptionRecorded(e.modelId(), e.adoptionId(), e.adopterUnitId(), e.adopterMemberId(), e.year());
    }

    @EventHandler
    public void on(ModelDrafted e) {
        ledger.modelDrafted(e.modelId());
    }

    @ResetHandler
    public void reset() {
        ledger.drop();
    }
}
