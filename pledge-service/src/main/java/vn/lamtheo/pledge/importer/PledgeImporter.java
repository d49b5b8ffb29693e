package vn.lamtheo.pledge.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.lamtheo.kernel.directory.*;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.events.pledge.PledgeContent;
import vn.lamtheo.kernel.events.pledge.PledgeStatus;
import vn.lamtheo.kernel.events.pledge.TemplateKind;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.web.ProblemException;
import vn.lamtheo.pledge.api.ImportPledge;
import vn.lamtheo.pledge.application.PledgeApplication;
import vn.lamtheo.pledge.application.PledgeEvents;
import vn.lamtheo.pledge.application.PledgeKeys;
import vn.lamtheo.pledge.projection.PerPledgeEntries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Imports pledges from JSON Lines in the shared corpus format, streamed: one line in memory per worker, a
 * bounded number in flight. Each pledge is one {@link ImportPledge} command (so it is checked, stored durably
 * and projected like any other); a few run in parallel to share the store's group commit. Idempotent by id;
 * unknown units and members are created in the directory; a bad line is reported and never stops the rest.
 */
@Service
public class PledgeImporter {

    private static final Logger log = LoggerFactory.getLogger(PledgeImporter.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int MAX_ERRORS = 1000;
    private static final int MAX_LINE_CHARS = 1_000_000;

    private enum Outcome { IMPORTED, UNCHANGED }

    private final PledgeApplication application;
    private final PledgeKeys keys;
    private final PledgeEvents events;
    private final Directory directory;
    private final Clock clock;
    private final ObjectReader reader;
    private final int parallelism;

    public PledgeImporter(PledgeApplication application, PledgeKeys keys, PledgeEvents events, Directory directory,
                          Clock clock, ObjectMapper mapper,
                          @Value("${lamtheo.import.parallelism:8}") int parallelism) {
        this.application = application;
        this.keys = keys;
        this.events = events;
        this.directory = directory;
        this.clock = clock;
        this.reader = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readerFor(ImportLine.class);
        this.parallelism = Math.max(1, parallelism);
    }

    public ImportReport importPledges(Actor actor, InputStream in) {
        if (!actor.has(Role.ADMIN)) {
            throw new CommandRejected(CommandRejected.Reason.NOT_ALLOWED, "Only an admin imports pledges");
        }
        long started = System.nanoTime();
        int currentYear = clock.instant().atZone(VIETNAM).getYear();
        Set<String> knownUnits = ConcurrentHashMap.newKeySet();
        Set<String> knownPeople = ConcurrentHashMap.newKeySet();
        AtomicInteger imported = new AtomicInteger(), unchanged = new AtomicInteger(), rejected = new AtomicInteger();
        List<ImportReport.LineError> errors = new CopyOnWriteArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "pledge-import");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(parallelism * 4);
        long lineNumber = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            while ((text = lines.readLine()) != null) {
                lineNumber++;
                if (text.isBlank()) {
                    continue;
                }
                long number = lineNumber;
                String line = text;
                inFlight.acquireUninterruptibly();
                workers.execute(() -> {
                    try {
                        Outcome outcome = importLine(actor, line, currentYear, knownUnits, knownPeople);
                        (outcome == Outcome.IMPORTED ? imported : unchanged).incrementAndGet();
                    } catch (RejectedLine e) {
                        reject(rejected, errors, number, e.getMessage());
                    } catch (CommandRejected e) {
                        reject(rejected, errors, number, e.getMessage() + violations(e));
                    } catch (ProblemException e) {
                        reject(rejected, errors, number, e.getMessage());
                    } catch (RuntimeException e) {
                        log.warn("Import line {} failed: {}", number, e.getClass().getName());
                        reject(rejected, errors, number, "could not be stored (" + e.getClass().getSimpleName() + ")");
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } catch (IOException e) {
            reject(rejected, errors, lineNumber + 1, "the upload was cut off: " + e.getClass().getSimpleName());
        } finally {
            workers.shutdown();
            try {
                if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
                    workers.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                workers.shutdownNow();
            }
        }
        List<ImportReport.LineError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingLong(ImportReport.LineError::line));
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        log.info("Pledge import: {} lines, {} imported, {} unchanged, {} rejected in {} ms", lineNumber, imported.get(),
                unchanged.get(), rejected.get(), elapsed);
        return new ImportReport((int) lineNumber, imported.get(), unchanged.get(), rejected.get(), sorted,
                rejected.get() > sorted.size(), elapsed);
    }

    private static void reject(AtomicInteger rejected, List<ImportReport.LineError> errors, long line, String reason) {
        rejected.incrementAndGet();
        if (errors.size() < MAX_ERRORS) {
            errors.add(new ImportReport.LineError(line, reason));
        }
    }

    private static String violations(CommandRejected e) {
        return e.violations().isEmpty() ? "" : " " + e.violations().stream().map(v -> v.field() + ": " + v.message()).toList();
    }

    private Outcome importLine(Actor actor, String text, int currentYear, Set<String> knownUnits, Set<String> knownPeople) {
        if (text.length() > MAX_LINE_CHARS) {
            throw new RejectedLine("line too long");
        }
        ImportLine line;
        try {
            line = reader.readValue(text);
        } catch (JsonProcessingException e) {
            // Jackson's message may quote the text: say only where it broke.
            throw new RejectedLine("not valid JSON for a pledge (column " + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + ")");
        }
        TemplateKind kind = validate(line);
        ensureDirectory(line, kind, knownUnits, knownPeople);

        String holder = keys.reserve(line.memberId(), line.year(), kind, line.id());
        if (!holder.equals(line.id())) {
            if (events.exists(holder)) {
                throw new RejectedLine("member " + line.memberId() + " already has pledge " + holder + " for "
                        + line.year() + " " + kind);
            }
            keys.reassign(line.memberId(), line.year(), kind, holder, line.id());
        } else if (events.exists(line.id())) {
            return Outcome.UNCHANGED;
        }
        PledgeStatus status = line.year() < currentYear ? PledgeStatus.APPROVED : PledgeStatus.SUBMITTED;
        ImportPledge command = new ImportPledge(line.id(), line.memberId(), line.branchId(), line.committeeId(), line.year(),
                kind, new PledgeContent(line.header(), line.sections(), line.followsModelIds()), status, actor.personId());
        for (int attempt = 1; ; attempt++) {
            try {
                application.send(command);
                break;
            } catch (CommandRejected e) {
                boolean conflict = e.reason() == CommandRejected.Reason.STALE || e.reason() == CommandRejected.Reason.DUPLICATE;
                if (conflict && events.exists(line.id())) {
                    return Outcome.UNCHANGED; // the same id imported at the same moment, or under another key
                }
                if (conflict && attempt < 3) {
                    // The store refused the append without the pledge existing: a transient write conflict.
                    log.warn("Import of pledge {} conflicted in the event store without the pledge existing; retrying", line.id());
                    continue;
                }
                keys.release(line.memberId(), line.year(), kind, line.id());
                throw e;
            }
        }
        return Outcome.IMPORTED;
    }

    private static TemplateKind validate(ImportLine line) {
        List<String> problems = new ArrayList<>();
        if (line.id() == null || !PerPledgeEntries.SAFE_ID.matcher(line.id()).matches()) {
            problems.add("id missing or not made of letters, digits, '-' and '_'");
        }
        if (line.year() == null || line.year() < 2000 || line.year() > 2100) problems.add("year missing or out of range");
        if (blank(line.memberId())) problems.add("memberId missing");
        if (blank(line.branchId())) problems.add("branchId missing");
        if (blank(line.committeeId())) problems.add("committeeId missing");
        if (line.sections() == null) problems.add("sections missing");
        TemplateKind kind = null;
        try {
            kind = TemplateKind.valueOf(String.valueOf(line.templateKind()));
        } catch (IllegalArgumentException e) {
            problems.add("templateKind must be PARTY_MEMBER, YOUTH_UNION or ASSOCIATION");
        }
        if (!problems.isEmpty()) {
            throw new RejectedLine(String.join("; ", problems));
        }
        return kind;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Creates the commune, the branch and the member when the directory does not know them. The file does not
     * say where a new commune belongs: it is placed under the unit whose id is the commune id's path prefix
     * when that unit exists (corpus ids are paths such as {@code cau-ngang/truong-tho}), else at the top.
     */
    private void ensureDirectory(ImportLine line, TemplateKind kind, Set<String> knownUnits, Set<String> knownPeople) {
        var header = line.header();
        if (!knownUnits.contains(line.committeeId())) {
            if (directory.unit(line.committeeId()).isEmpty()) {
                int slash = line.committeeId().lastIndexOf('/');
                String parent = slash > 0 ? line.committeeId().substring(0, slash) : null;
                if (parent != null && directory.unit(parent).isEmpty()) {
                    parent = null;
                }
                directory.saveUnit(new Unit(line.committeeId(), UnitType.COMMITTEE,
                        header != null && !blank(header.committeeName()) ? header.committeeName() : line.committeeId(), parent));
            }
            knownUnits.add(line.committeeId());
        }
        if (!knownUnits.contains(line.branchId())) {
            if (directory.unit(line.branchId()).isEmpty()) {
                directory.saveUnit(new Unit(line.branchId(), kind == TemplateKind.PARTY_MEMBER ? UnitType.BRANCH : UnitType.CHAPTER,
                        header != null && !blank(header.branchName()) ? header.branchName() : line.branchId(), line.committeeId()));
            }
            knownUnits.add(line.branchId());
        }
        if (!knownPeople.contains(line.memberId())) {
            if (directory.person(line.memberId()).isEmpty()) {
                directory.savePerson(new Person(line.memberId(),
                        header != null && !blank(header.fullName()) ? header.fullName() : line.memberId(), line.branchId(),
                        Set.of(Role.MEMBER)));
            }
            knownPeople.add(line.memberId());
        }
    }

    /** A line that cannot be imported; the message names the problem, never the pledge text. */
    private static final class RejectedLine extends RuntimeException {
        RejectedLine(String message) {
            super(message, null, false, false);
        }
    }
}
