package vn.lamtheo.cabinet.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Service;
import vn.lamtheo.cabinet.api.Outcome;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.platform.security.NotFoundException;

/**
 * Sends a cabinet command and waits until its events are stored (the event store acknowledges only durable
 * writes), translating Axon's failures into the answers the API promises.
 */
@Service
public class CabinetCommandService {

    private final CommandGateway gateway;

    public CabinetCommandService(CommandGateway gateway) {
        this.gateway = gateway;
    }

    @SuppressWarnings("unchecked")
    public <T> Outcome<T> send(Object command) {
        try {
            Object result = gateway.sendAndWait(command);
            return result instanceof Outcome<?> o ? (Outcome<T>) o : new Outcome<>(0, null);
        } catch (AggregateNotFoundException e) {
            throw new NotFoundException("tủ sách");
        } catch (ConcurrencyException e) {
            throw new CommandRejected(CommandRejected.Reason.STALE,
                    "Sổ tủ sách vừa được người khác thay đổi; hãy thử lại / The cabinet was changed at the same moment; try again");
        }
    }
}
