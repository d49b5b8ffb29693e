package vn.lamtheo.platform.security.signin;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed sign-ins per username and per client address and locks either for a while once it failed too often
 * ({@link SignInThrottleProperties}). The counts live in MongoDB ({@code sign_in_failures}), not in memory, so
 * that several instances share them (a guesser gains nothing by being balanced over instances), a restart does not
 * hand out fresh attempts, and an admin's unlock reaches every instance. Every sign-in attempt reads one document
 * pair by {@code _id} ({@code $in}); only failures and the first success after one write.
 */
@Component
@EnableConfigurationProperties(SignInThrottleProperties.class)
public class SignInThrottle {

    static final String COLLECTION = "sign_in_failures";

    private final MongoCollection<Document> failures;
    private final SignInThrottleProperties limits;
    private final Clock clock;

    public SignInThrottle(MongoDatabase database, SignInThrottleProperties limits, Clock clock) {
        this.failures = database.getCollection(COLLECTION);
        this.limits = limits;
        this.clock = clock;
    }

    /** How long sign-in stays refused for this username or address; empty when it may be tried. */
    public Optional<Duration> lockedFor(String username, String address) {
        long now = clock.millis();
        long until = 0;
        for (Document d : failures.find(Filters.in("_id", List.of(accountKey(username), addressKey(address))))) {
            until = Math.max(until, d.getLong("lockedUntil"));
        }
        return until > now ? Optional.of(Duration.ofMillis(until - now)) : Optional.empty();
    }

    /** A wrong password (or an unknown username: counted the same, so the answers stay the same). */
    public void failed(String username, String address) {
        count(accountKey(username), limits.accountFailures());
        count(addressKey(address), limits.addressFailures());
    }

    /** The right password: the username starts afresh; the address does not (it may be guessing other accounts). */
    public void succeeded(String username) {
        failures.deleteOne(Filters.eq("_id", accountKey(username)));
    }

    /** An admin lifts the lock on a username; true when there was anything to lift. */
    public boolean unlockAccount(String username) {
        return failures.deleteOne(Filters.eq("_id", accountKey(username))).getDeletedCount() > 0;
    }

    /** An admin lifts the lock on a client address. */
    public boolean unlockAddress(String address) {
        return failures.deleteOne(Filters.eq("_id", addressKey(address))).getDeletedCount() > 0;
    }

    private void count(String key, int limit) {
        long now = clock.millis();
        Document before = failures.find(Filters.eq("_id", key)).first();
        boolean forgotten = before == null || now - before.getLong("lastFailureAt") > limits.forgetAfter().toMillis();
        int count = (forgotten ? 0 : before.getInteger("failures")) + 1;
        long lockedUntil = now + limits.lockAfter(count, limit).toMillis();
        failures.replaceOne(Filters.eq("_id", key), new Document("_id", key).append("failures", count)
                .append("lastFailureAt", now).append("lockedUntil", lockedUntil), new ReplaceOptions().upsert(true));
    }

    /** Usernames are compared as people type them, so "Member1" and "member1" share one count. */
    static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
