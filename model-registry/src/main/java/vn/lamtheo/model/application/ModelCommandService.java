package vn.lamtheo.model.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Service;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.model.command.UnseenModelChanges;
import vn.lamtheo.platform.security.NotFoundException;

/**
 * Sends a model command and waits until its events are stored (the event store acknowledges only durable
 * writes), translating Axon's failures into the answers the API promises.
 */
@Service
public class ModelCommandService {

    private final CommandGateway gateway;

    public ModelCommandService(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** @return the model's version after the command */
    public long send(Object command) {
        try {
            Object result = gateway.sendAndWait(command);
            return result instanceof Number n ? n.longValue() : 0L;
        } catch (AggregateNotFoundException e) {
            throw new NotFoundException("model");
        } catch (ConflictingAggregateVersionException e) {
            // an If-Match naming a version the model never had: Axon refuses it while loading the model
            throw UnseenModelChanges.stale(String.valueOf(e.getAggregateIdentifier()), e.getExpectedVersion(),
                    e.getActualVersion());
        } catch (ConcurrencyException e) {
            throw new CommandRejected(CommandRejected.Reason.STALE,
                    "The model was changed at the same moment by someone else; reload and try again");
        }
    }
}
