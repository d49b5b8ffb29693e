package vn.lamtheo.platform.web;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lamtheo.kernel.domain.TextLimits;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Every command, whoever sends it (an API call, a page, an import line, a processor), is checked against
 * {@link TextLimits} before any handler runs: nothing of a refused command is stored, and no path to the event
 * store can skip the limits.
 */
@Configuration(proxyBeanMethods = false)
public class CommandTextLimits {

    @Bean(destroyMethod = "cancel")
    Registration commandTextLimitsInterceptor(CommandBus commandBus) {
        return commandBus.registerDispatchInterceptor(new Check());
    }

    static final class Check implements MessageDispatchInterceptor<CommandMessage<?>> {
        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
            return (index, command) -> {
                TextLimits.require(command.getPayload());
                return command;
            };
        }
    }
}
