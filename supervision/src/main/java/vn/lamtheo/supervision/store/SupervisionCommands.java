package vn.lamtheo.supervision.store;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Service;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.platform.security.NotFoundException;

/**
 * Sends a supervision command and waits until its events are stored (the event store acknowledges only durable
 * writes), translating Axon's failures into the answers the API promises.
 */
@Service
public class SupervisionCommands {

    private final CommandGateway gateway;

    public SupervisionCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** @param what the object, for the 404 ("cuộc giám sát / visit") */
    public void send(Object command, String what) {
        try {
            gateway.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new NotFoundException(what);
        } catch (ConcurrencyException e) {
            throw new CommandRejected(CommandRejected.Reason.STALE,
                    "Changed at the same moment by someone else; reload and try again");
        }
    }
}
