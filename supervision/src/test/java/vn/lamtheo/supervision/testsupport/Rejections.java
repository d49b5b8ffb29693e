package vn.lamtheo.supervision.testsupport;

import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import vn.lamtheo.kernel.domain.CommandRejected;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;

/** Matchers for the reason and the named fields of a {@link CommandRejected}. */
public final class Rejections {

    private Rejections() {
    }

    public static Matcher<CommandRejected> reason(CommandRejected.Reason reason) {
        return new FeatureMatcher<>(equalTo(reason), "rejection reason", "reason") {
            @Override
            protected CommandRejected.Reason featureValueOf(CommandRejected actual) {
                return actual.reason();
            }
        };
    }

    public static Matcher<CommandRejected> fields(String... fields) {
        return new FeatureMatcher<>(equalTo(List.of(fields)), "fields named", "fields") {
            @Override
            protected List<String> featureValueOf(CommandRejected actual) {
                return actual.violations().stream().map(CommandRejected.Violation::field).toList();
            }
        };
    }
}
