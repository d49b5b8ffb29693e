package vn.lamtheo.pledge.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.lamtheo.kernel.directory.*;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.events.pledge.PledgeContent;
import vn.lamtheo.kernel.events.pledge.PledgeStatus;
import vn.lamtheo.kernel.events.pledge.TemplateKind;
import vn.lamtheo.platform.log.LogValue;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.web.ProblemException;
import vn.lamtheo.pledge.api.ImportPledge;
import vn.lamtheo.pledge.application.PledgeApplication;
import vn.lamtheo.pledge.application.PledgeEvents;
import vn.lamtheo.pledge.application.PledgeKeys;
import vn.lamtheo.pledge.application.PledgeView;
import vn.lamtheo.pledge.projection.PerPledgeEntries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Imports pledges from JSON Lines in the shared corpus format, streamed: one line in memory per worker, a
 * bounded number in flight. Each pledge is one {@link ImportPledge} command (so it is checked, stored durably
 * and projected like any other); a few run in parallel to share the store's group commit. Idempotent by id (the
 * same id for another member, year or kind is a rejected line); unknown branches and members are created in the
 * directory under a known commune; a bad line is reported, field by field, and never stops the rest.
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
                          ImportProperties settings) {
        this.application = application;
        this.keys = keys;
        this.events = events;
        this.directory = directory;
        this.clock = clock;
        this.reader = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readerFor(ImportLine.class);
        this.parallelism = settings.parallelism();
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
                // A file saved by Windows tools starts with a byte order mark, which is not part of the JSON.
                String line = number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
                inFlight.acquireUninterruptibly();
                workers.execute(() -> {
                    try {
                        Outcome outcome = importLine(actor, line, currentYear, knownUnits, knownPeople);
                        (outcome == Outcome.IMPORTED ? imported : unchanged).incrementAndGet();
                    } catch (RejectedLine e) {
                        reject(rejected, errors, number, e.problems);
                    } catch (CommandRejected e) {
                        reject(rejected, errors, number, e.violations().isEmpty() ? List.of(new LineProblem(null, e.getMessage()))
                                : e.violations().stream().map(v -> new LineProblem(v.field(), v.message())).toList());
                    } catch (ProblemException e) {
                        reject(rejected, errors, number, List.of(new LineProblem(null, e.getMessage())));
                    } catch (RuntimeException e) {
                        String incident = UUID.randomUUID().toString().substring(0, 8);
                        log.warn("Incident {}: import line {} failed: {}", incident, number, e.getClass().getName());
                        reject(rejected, errors, number, List.of(new LineProblem(null,
                                "không lưu được, hãy nhập lại dòng này (mã sự cố " + incident + ") / could not be stored, "
                                        + "import the line again (incident " + incident + ")")));
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } catch (IOException e) {
            reject(rejected, errors, lineNumber + 1, List.of(new LineProblem(null,
                    "tệp gửi lên bị ngắt giữa chừng / the upload was cut off")));
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

    /** One rejected line; each of its problems is reported with the field it is about. */
    private static void reject(AtomicInteger rejected, List<ImportReport.LineError> errors, long line, List<LineProblem> problems) {
        rejected.incrementAndGet();
        for (LineProblem problem : problems) {
            if (errors.size() < MAX_ERRORS) {
                errors.add(new ImportReport.LineError(line, problem.field(), problem.reason()));
            }
        }
    }

    private Outcome importLine(Actor actor, String text, int currentYear, Set<String> knownUnits, Set<String> knownPeople) {
        ImportLine line = parse(text);
        TemplateKind kind = validate(line);
        checkUnits(line, kind, knownUnits);
        var existing = events.view(line.id());
        if (existing.isPresent()) {
            sameIdentity(line, kind, existing.get());
            return Outcome.UNCHANGED;
        }
        ensureMember(line, knownPeople);

        String holder = keys.claim(line.memberId(), line.year(), kind, line.id());
        if (!holder.equals(line.id())) {
            boolean exists = events.exists(holder);
            throw new RejectedLine("id", "đảng viên " + line.memberId() + (exists ? " đã có bản đăng ký " : " đang được tạo bản đăng ký ")
                    + holder + " cho năm " + line.year() + " / member " + line.memberId()
                    + (exists ? " already has pledge " : " has pledge being created ") + holder + " for " + line.year() + " " + kind);
        }
        PledgeStatus status = line.year() < currentYear ? PledgeStatus.APPROVED : PledgeStatus.SUBMITTED;
        ImportPledge command = new ImportPledge(line.id(), line.memberId(), line.branchId(), line.committeeId(), line.year(),
                kind, new PledgeContent(line.header(), line.sections(), line.followsModelIds()), status,
                submittedAt(line.submittedAt()), actor.personId());
        for (int attempt = 1; ; attempt++) {
            try {
                application.send(command);
                break;
            } catch (CommandRejected e) {
                boolean conflict = e.reason() == CommandRejected.Reason.STALE || e.reason() == CommandRejected.Reason.DUPLICATE;
                var stored = conflict ? events.view(line.id()) : Optional.<PledgeView>empty();
                if (stored.isPresent()) {
                    sameIdentity(line, kind, stored.get()); // the same id imported at the same moment, or under another key
                    return Outcome.UNCHANGED;
                }
                if (conflict && attempt < 3) {
                    // The store refused the append without the pledge existing: a transient write conflict.
                    log.warn("Import of pledge {} conflicted in the event store without the pledge existing; retrying", LogValue.of(line.id()));
                    continue;
                }
                throw e; // the reservation stays: a retry of this line takes it again, another id after the lease
            }
        }
        return Outcome.IMPORTED;
    }

    /** The line as a pledge, or a rejection saying where it broke (Jackson's own message may quote the text). */
    private ImportLine parse(String text) {
        if (text.length() > MAX_LINE_CHARS) {
            throw new RejectedLine(null, "dòng dài quá " + MAX_LINE_CHARS + " ký tự / the line is longer than "
                    + MAX_LINE_CHARS + " characters");
        }
        try {
            ImportLine line = reader.readValue(text);
            if (line == null) {
                throw new RejectedLine(null, NOT_AN_OBJECT);
            }
            return line;
        } catch (MismatchedInputException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw field.isEmpty() ? new RejectedLine(null, NOT_AN_OBJECT)
                    : new RejectedLine(field, "sai kiểu dữ liệu / wrong type of value");
        } catch (JsonProcessingException e) {
            String column = e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getColumnNr());
            throw new RejectedLine(null, "không phải JSON hợp lệ (cột " + column + ") / not valid JSON (column " + column + ")");
        }
    }

    private static final String NOT_AN_OBJECT = "dòng không phải một đối tượng JSON của bản đăng ký / the line is not a JSON object for a pledge";
    private static final String MISSING = "thiếu / missing";

    private static TemplateKind validate(ImportLine line) {
        List<LineProblem> problems = new ArrayList<>();
        if (line.id() == null || !PerPledgeEntries.SAFE_ID.matcher(line.id()).matches()) {
            problems.add(new LineProblem("id", "thiếu hoặc có ký tự ngoài chữ, số, '-' và '_' / missing or not made of "
                    + "letters, digits, '-' and '_'"));
        }
        if (line.year() == null || line.year() < 2000 || line.year() > 2100) {
            problems.add(new LineProblem("year", "thiếu hoặc ngoài khoảng 2000–2100 / missing or outside 2000–2100"));
        }
        if (blank(line.memberId())) problems.add(new LineProblem("memberId", MISSING));
        if (blank(line.branchId())) problems.add(new LineProblem("branchId", MISSING));
        if (blank(line.committeeId())) problems.add(new LineProblem("committeeId", MISSING));
        if (line.sections() == null) problems.add(new LineProblem("sections", MISSING));
        if (line.submittedAt() != null && submittedAt(line.submittedAt()) == null) {
            problems.add(new LineProblem("submittedAt", "phải theo ISO-8601, ví dụ 2026-01-15T08:30:00+07:00 / must be "
                    + "ISO-8601, such as 2026-01-15T08:30:00+07:00"));
        }
        TemplateKind kind = null;
        try {
            kind = TemplateKind.valueOf(String.valueOf(line.templateKind()));
        } catch (IllegalArgumentException e) {
            problems.add(new LineProblem("templateKind", "phải là PARTY_MEMBER, YOUTH_UNION hoặc ASSOCIATION / must be "
                    + "PARTY_MEMBER, YOUTH_UNION or ASSOCIATION"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedLine(problems);
        }
        return kind;
    }

    /**
     * When the file says the pledge was first submitted: an instant or a date-time with an offset as written, a local
     * date-time or a date in Vietnam's time (start of the day); null when absent or not ISO-8601.
     */
    static Instant submittedAt(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return java.time.OffsetDateTime.parse(t).toInstant();
        } catch (java.time.format.DateTimeParseException notWithOffset) {
            try {
                return java.time.LocalDateTime.parse(t).atZone(VIETNAM).toInstant();
            } catch (java.time.format.DateTimeParseException notLocal) {
                try {
                    return java.time.LocalDate.parse(t).atStartOfDay(VIETNAM).toInstant();
                } catch (java.time.format.DateTimeParseException notADate) {
                    return null;
                }
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * The commune must be in the directory already (a commune created here would hang at the top of the tree, where no
     * one's scope reaches, not even the admin's); a branch it does not know is created under it, and a known branch
     * must belong to it.
     */
    private void checkUnits(ImportLine line, TemplateKind kind, Set<String> knownUnits) {
        if (!knownUnits.contains(line.committeeId())) {
            Unit committee = directory.unit(line.committeeId()).orElseThrow(() -> new RejectedLine("committeeId",
                    "đơn vị " + line.committeeId() + " không có trong danh mục tổ chức, hãy nhập danh mục trước / unit "
                            + line.committeeId() + " is not in the directory, import the directory first"));
            if (committee.type() != UnitType.COMMITTEE) {
                throw new RejectedLine("committeeId", "đơn vị " + line.committeeId() + " là " + committee.type()
                        + ", không phải đảng ủy cấp xã / unit " + line.committeeId() + " is a " + committee.type() + ", not a committee");
            }
            knownUnits.add(line.committeeId());
        }
        var header = line.header();
        String branchInCommittee = line.committeeId() + "\u0000" + line.branchId(); // the pair is what was checked
        if (!knownUnits.contains(branchInCommittee)) {
            Optional<Unit> branch = directory.unit(line.branchId());
            if (branch.isEmpty()) {
                directory.saveUnit(new Unit(line.branchId(), kind == TemplateKind.PARTY_MEMBER ? UnitType.BRANCH : UnitType.CHAPTER,
                        header != null && !blank(header.branchName()) ? header.branchName() : line.branchId(), line.committeeId()));
            } else if (!line.committeeId().equals(branch.get().parentId())) {
                throw new RejectedLine("branchId", "chi bộ " + line.branchId() + " thuộc " + branch.get().parentId()
                        + ", không thuộc " + line.committeeId() + " / branch " + line.branchId() + " belongs to "
                        + branch.get().parentId() + ", not to " + line.committeeId());
            }
            knownUnits.add(branchInCommittee);
        }
    }

    /** Creates the member when the directory does not know them. */
    private void ensureMember(ImportLine line, Set<String> knownPeople) {
        var header = line.header();
        if (!knownPeople.contains(line.memberId())) {
            if (directory.person(line.memberId()).isEmpty()) {
                directory.savePerson(new Person(line.memberId(),
                        header != null && !blank(header.fullName()) ? header.fullName() : line.memberId(), line.branchId(),
                        Set.of(Role.MEMBER)));
            }
            knownPeople.add(line.memberId());
        }
    }

    /**
     * A line whose id is already stored is unchanged only if it is the same pledge: the same member, year and kind.
     * Otherwise the id is taken by another pledge, and saying "unchanged" would hide that this line was not imported.
     */
    private static void sameIdentity(ImportLine line, TemplateKind kind, PledgeView stored) {
        List<LineProblem> differences = new ArrayList<>();
        if (!stored.memberId().equals(line.memberId())) {
            differences.add(new LineProblem("memberId", taken(line.id(), "đảng viên", "member", stored.memberId(), line.memberId())));
        }
        if (stored.year() != line.year()) {
            differences.add(new LineProblem("year", taken(line.id(), "năm", "year", stored.year(), line.year())));
        }
        if (stored.templateKind() != kind) {
            differences.add(new LineProblem("templateKind", taken(line.id(), "mẫu", "kind", stored.templateKind(), kind)));
        }
        if (!differences.isEmpty()) {
            throw new RejectedLine(differences);
        }
    }

    private static String taken(String id, String vi, String en, Object stored, Object line) {
        return "mã " + id + " đã dùng cho bản đăng ký có " + vi + " " + stored + ", dòng này ghi " + line
                + " / id " + id + " is taken by a pledge with " + en + " " + stored + ", this line says " + line;
    }

    /** A problem of a line, about one field ({@code null}: the line as a whole); never quotes the pledge text. */
    private record LineProblem(String field, String reason) {
    }

    /** A line that cannot be imported, with its problems. */
    private static final class RejectedLine extends RuntimeException {
        private final List<LineProblem> problems;

        RejectedLine(String field, String reason) {
            this(List.of(new LineProblem(field, reason)));
        }

        RejectedLine(List<LineProblem> problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }
}
