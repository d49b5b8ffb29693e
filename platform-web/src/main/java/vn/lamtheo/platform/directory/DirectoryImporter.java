package vn.lamtheo.platform.directory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.lamtheo.platform.directory.DirectoryData.AccountEntry;
import vn.lamtheo.platform.directory.DirectoryData.PersonEntry;
import vn.lamtheo.platform.directory.DirectoryData.UnitEntry;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.platform.store.DurabilityBarrier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.lamtheo.kernel.directory.Account;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Person;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.kernel.directory.UnitType;

/**
 * Loads units, people and accounts into the directory, entry by entry: a bad entry is reported and skipped,
 * the rest is saved. Running the same data twice changes nothing (every entry is keyed by its id).
 */
@Component
public class DirectoryImporter {

    private static final Logger log = LoggerFactory.getLogger(DirectoryImporter.class);
    private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]?\\$\\d\\d\\$.{53}$");
    /** Real accounts need a real password; only the demo seed uses the short, public "demo". */
    static final int MIN_PASSWORD_LENGTH = 8;

    /** UPSERT makes the data the truth; CREATE_MISSING only adds what is absent (the demo seed, on every start). */
    public enum Mode { UPSERT, CREATE_MISSING }

    private final Directory directory;
    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final DurabilityBarrier durability;

    public DirectoryImporter(Directory directory, AccountStore accounts, PasswordEncoder passwords, DurabilityBarrier durability) {
        this.directory = directory;
        this.accounts = accounts;
        this.passwords = passwords;
        this.durability = durability;
    }

    /** Imports and returns only once everything saved is durable. */
    public ImportReport run(DirectoryData data, Mode mode, boolean demoAccounts) {
        List<ImportReport.EntryError> errors = new ArrayList<>();
        ImportReport.Counts units = importUnits(data.units(), mode, errors);
        ImportReport.Counts people = importPeople(data.people(), mode, errors);
        ImportReport.Counts accountCounts = importAccounts(data.accounts(), mode, demoAccounts, errors);
        durability.awaitDurable();
        ImportReport report = new ImportReport(units, people, accountCounts, errors);
        log.info("Directory import ({}): units {}, people {}, accounts {}, {} rejected entries",
                mode, units, people, accountCounts, errors.size());
        return report;
    }

    private ImportReport.Counts importUnits(List<UnitEntry> entries, Mode mode, List<ImportReport.EntryError> errors) {
        ImportReport.Counter counter = new ImportReport.Counter();
        for (int index : parentsFirst(entries)) {
            UnitEntry entry = entries.get(index);
            try {
                UnitType type = parse(UnitType.class, entry.type(), "type");
                Unit unit = new Unit(trim(entry.id()), type, trim(entry.name()), blankToNull(entry.parentId()));
                save(directory.unit(unit.id()), unit, mode, directory::saveUnit, counter);
            } catch (CommandRejected e) {
                errors.add(ImportReport.EntryError.of("units", index, entry.id(), e));
            }
        }
        return counter.counts();
    }

    private ImportReport.Counts importPeople(List<PersonEntry> entries, Mode mode, List<ImportReport.EntryError> errors) {
        ImportReport.Counter counter = new ImportReport.Counter();
        for (int index = 0; index < entries.size(); index++) {
            PersonEntry entry = entries.get(index);
            try {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (String role : entry.roles() == null ? List.<String>of() : entry.roles()) {
                    roles.add(parse(Role.class, role, "roles"));
                }
                Person person = new Person(trim(entry.id()), trim(entry.fullName()), trim(entry.unitId()), roles);
                save(directory.person(person.id()), person, mode, directory::savePerson, counter);
            } catch (CommandRejected e) {
                errors.add(ImportReport.EntryError.of("people", index, entry.id(), e));
            }
        }
        return counter.counts();
    }

    private ImportReport.Counts importAccounts(List<AccountEntry> entries, Mode mode, boolean demo, List<ImportReport.EntryError> errors) {
        ImportReport.Counter counter = new ImportReport.Counter();
        for (int index = 0; index < entries.size(); index++) {
            AccountEntry entry = entries.get(index);
            try {
                String username = trim(entry.username());
                if (username == null || username.isEmpty() || username.length() > 100 || username.chars().anyMatch(Character::isWhitespace)) {
                    throw invalid("username", "Tên đăng nhập không hợp lệ / Invalid username");
                }
                String personId = trim(entry.personId());
                if (directory.person(personId).isEmpty()) {
                    throw invalid("personId", "Không có người " + personId + " / Unknown person " + personId);
                }
                Optional<Account> existing = accounts.find(username);
                if (existing.isPresent() && mode == Mode.CREATE_MISSING) {
                    counter.unchanged();
                    continue;
                }
                String hash = hashFor(entry, existing, demo);
                Account account = new Account(username, personId, hash, demo);
                save(existing, account, mode, accounts::save, counter);
            } catch (CommandRejected e) {
                errors.add(ImportReport.EntryError.of("accounts", index, entry.username(), e));
            }
        }
        return counter.counts();
    }

    /** Keeps the stored hash when the password is unchanged, so that importing twice writes nothing. */
    private String hashFor(AccountEntry entry, Optional<Account> existing, boolean demo) {
        if (entry.passwordHash() != null && !entry.passwordHash().isBlank()) {
            if (!BCRYPT.matcher(entry.passwordHash()).matches()) {
                throw invalid("passwordHash", "Chỉ nhận mã băm bcrypt / Only bcrypt hashes are accepted");
            }
            return entry.passwordHash();
        }
        String password = entry.password();
        if (password == null || password.isEmpty()) {
            throw invalid("password", "Thiếu mật khẩu / A password or passwordHash is required");
        }
        if (!demo && password.length() < MIN_PASSWORD_LENGTH) {
            throw invalid("password", "Mật khẩu cần ít nhất " + MIN_PASSWORD_LENGTH + " ký tự / The password needs at least "
                    + MIN_PASSWORD_LENGTH + " characters");
        }
        return existing.map(Account::passwordHash)
                .filter(hash -> passwords.matches(password, hash))
                .orElseGet(() -> passwords.encode(password));
    }

    private static <T> void save(Optional<T> existing, T value, Mode mode, java.util.function.Consumer<T> saver, ImportReport.Counter counter) {
        if (existing.isPresent() && (mode == Mode.CREATE_MISSING || existing.get().equals(value))) {
            counter.unchanged();
            return;
        }
        saver.accept(value);
        if (existing.isPresent()) {
            counter.updated();
        } else {
            counter.created();
        }
    }

    /** Entry indexes ordered so that a parent given in the same import is saved before its children. */
    private static List<Integer> parentsFirst(List<UnitEntry> entries) {
        Map<String, String> parentOf = new HashMap<>();
        entries.forEach(e -> {
            if (e.id() != null) {
                parentOf.putIfAbsent(e.id().trim(), blankToNull(e.parentId()));
            }
        });
        Function<Integer, Integer> depth = index -> {
            int d = 0;
            String parent = blankToNull(entries.get(index).parentId());
            while (parent != null && parentOf.containsKey(parent) && d <= entries.size()) { // bounded: a cycle stops here
                parent = parentOf.get(parent);
                d++;
            }
            return d;
        };
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            order.add(i);
        }
        Map<Integer, Integer> depths = order.stream().collect(Collectors.toMap(i -> i, depth));
        order.sort(Comparator.comparing(depths::get)); // stable: file order among equals
        return order;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(field, "Giá trị không hợp lệ '" + value + "' / Unknown value '" + value + "'; expected one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static CommandRejected invalid(String field, String message) {
        return new CommandRejected(CommandRejected.Reason.INVALID, message, List.of(new CommandRejected.Violation(field, message)));
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
