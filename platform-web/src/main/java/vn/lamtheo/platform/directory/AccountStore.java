package vn.lamtheo.platform.directory;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Optional;
import vn.lamtheo.kernel.directory.Account;

/** Sign-in accounts in MongoDB, keyed by username. */
@Component
public class AccountStore {

    static final String ACCOUNTS = "directory_accounts";

    private final MongoCollection<Document> accounts;

    public AccountStore(MongoDatabase database) {
        this.accounts = database.getCollection(ACCOUNTS);
    }

    public Optional<Account> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(accounts.find(Filters.eq("_id", username)).first())
                .map(d -> new Account(d.getString("_id"), d.getString("personId"), d.getString("passwordHash"),
                        Boolean.TRUE.equals(d.getBoolean("demo"))));
    }

    public void save(Account account) {
        Document doc = new Document("_id", account.username())
                .append("personId", account.personId())
                .append("passwordHash", account.passwordHash())
                .append("demo", account.demo());
        accounts.replaceOne(Filters.eq("_id", account.username()), doc, new ReplaceOptions().upsert(true));
    }

    /** Removes the demo accounts: run at start-up outside demo mode (a full scan, once, off the hot path). */
    public long deleteDemoAccounts() {
        return accounts.deleteMany(Filters.eq("demo", true)).getDeletedCount();
    }
}
