package vn.lamtheo.supervision.propaganda;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.domain.CommandRejected.Violation;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.supervision.access.SupervisionAccess;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One posting of a registered model (propaganda), recorded by a committee officer whose commune holds the model's
 * owner unit. Recorded once; a posting cannot be dated after today in Vietnam's calendar.
 */
@Aggregate
public class ModelPost {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @AggregateIdentifier
    private String postId;

    protected ModelPost() {
        // for Axon
    }

    @CommandHandler
    public ModelPost(RecordModelPost cmd, SupervisionAccess access, Clock clock) {
        if (cmd.model() == null) {
            throw new NotFoundException("mô hình / model");
        }
        access.requirePropagandaRecorder(cmd.actor(), cmd.model().ownerUnitId());
        if (!cmd.model().registered()) {
            throw new CommandRejected(CommandRejected.Reason.WRONG_STATE,
                    "Chỉ ghi nhận tuyên truyền cho mô hình đã được công nhận / only a registered model is propagated");
        }
        List<Violation> violations = new ArrayList<>();
        if (cmd.channel() == null) {
            violations.add(new Violation("channel", "Chọn FANPAGE, ZALO, RADIO hoặc OTHER / choose a channel"));
        }
        LocalDate today = clock.instant().atZone(VIETNAM).toLocalDate();
        if (cmd.date() == null || cmd.date().isAfter(today)) {
            violations.add(new Violation("date", "Hãy nhập ngày đăng, không sau hôm nay / a date not after today is required"));
        }
        String link = cmd.link() == null || cmd.link().isBlank() ? null : cmd.link().strip();
        if (link != null && !isWebAddress(link)) {
            violations.add(new Violation("link", "Đường dẫn phải bắt đầu bằng http:// hoặc https:// / the link must be a web address"));
        }
        if (!violations.isEmpty()) {
            throw new CommandRejected(CommandRejected.Reason.INVALID, "Thông tin tuyên truyền chưa hợp lệ / invalid posting", violations);
        }
        apply(new ModelPosted(cmd.postId(), cmd.model().modelId(), cmd.model().ownerUnitId(), cmd.actor().personId(),
                clock.instant(), cmd.channel(), cmd.date(), link));
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @EventSourcingHandler
    void on(ModelPosted e) {
        postId = e.postId();
    }
}
