package vn.lamtheo.kernel.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every maximum of every text Lamtheo accepts, and the characters it refuses, in one place. Applied to every HTTP
 * body (platform.web) and to every command on the command bus (platform.config), by walking the object: a field added
 * to a body or a command is checked without anyone remembering it, under the limit its name says (or the default).
 *
 * <p>Why limits at all: one title of a million characters was accepted, copied into projections, and ten of them
 * pushed a registry document past MongoDB's 16 MB, after which the store could not read it back. The maxima are
 * generous for real use (figures from the shared corpus of 3,600 pledges) and small against 16 MB.
 *
 * <p>Why the characters: NUL and the other C0 controls (except tab, line feed, carriage return) have no place in
 * typed text, break exports and pages, and a lone UTF-16 surrogate cannot even be written as UTF-8.
 */
public final class TextLimits {

    /** Ids, codes, user names, unit paths ({@code cau-ngang/nhi-truong/ap-la-bang-chop}): the corpus's longest is 50. */
    public static final int IDENTIFIER = 200;
    /** Titles of models and pledges: the corpus's longest is 164; a title is shown whole on cards and lists. */
    public static final int TITLE = 500;
    /** Names of people, units and positions: the corpus's longest is 87. */
    public static final int NAME = 300;
    /** Notes, reasons, evidence, comments and any text not named below: a few paragraphs. */
    public static final int NOTE = 4_000;
    /** A pledge section or a part of a model's description: the corpus's longest section is 1,206 characters. */
    public static final int LONG_TEXT = 10_000;

    /** How deep the walk goes; bodies and commands are a few levels deep. */
    private static final int MAX_DEPTH = 12;

    private static final Set<String> TITLES = Set.of("title");
    private static final Set<String> NAMES = Set.of("name", "fullName", "position", "branchName", "committeeName");
    /** Fields that name another object or a code, besides {@code id} and names ending in {@code Id} / {@code Ids}. */
    private static final Set<String> IDENTIFIERS = Set.of("overlapsWith", "mergedInto", "username", "personId", "field",
            "positionCode", "templateKind", "kind", "type", "status", "outcome", "roles", "language", "lang");
    /** Containers whose every text is a long one: a pledge's sections, a model's description. */
    private static final Set<String> LONG_TEXT_CONTAINERS = Set.of("sections", "description");
    /** Free texts that may run as long as a section: a self-assessment, the evidence of a re-assessment. */
    private static final Set<String> LONG_TEXTS = Set.of("text", "evidence", "description");

    private TextLimits() {
    }

    /** The largest number of characters (UTF-16 units) the field at {@code path} may hold. */
    public static int maximumFor(List<String> path) {
        String name = path.isEmpty() ? "" : path.get(path.size() - 1);
        String parent = path.size() < 2 ? "" : path.get(path.size() - 2);
        if (LONG_TEXT_CONTAINERS.contains(parent) || LONG_TEXTS.contains(name)) {
            return LONG_TEXT;
        }
        if (TITLES.contains(name)) {
            return TITLE;
        }
        if (NAMES.contains(name)) {
            return NAME;
        }
        if (IDENTIFIERS.contains(name) || name.equals("id") || name.endsWith("Id") || name.endsWith("Ids")) {
            return IDENTIFIER;
        }
        return NOTE;
    }

    /** What is wrong with {@code text} as the field at {@code path}, or null when nothing is. */
    public static String problemWith(List<String> path, String text) {
        int maximum = maximumFor(path);
        if (text.length() > maximum) {
            return "Tối đa " + maximum + " ký tự, đã gửi " + text.length()
                    + " / At most " + maximum + " characters, got " + text.length();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return "Có ký tự điều khiển không được phép (mã " + (int) c + ") ở vị trí " + i
                        + " / Contains a control character (code " + (int) c + ") at position " + i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a valid pair: one character outside the BMP
            } else if (Character.isSurrogate(c)) {
                return "Có ký tự Unicode không hợp lệ (nửa cặp thay thế) ở vị trí " + i
                        + " / Contains an unpaired surrogate at position " + i;
            }
        }
        return null;
    }

    /**
     * Every text field of {@code value} (a record, a map, a collection or an array of them) that breaks a limit,
     * named by its path as the client wrote it ({@code description.content}, {@code sourcePledgeIds[2]}).
     * Non-text values (numbers, enums, times) are left alone; map keys are checked as identifiers.
     */
    public static List<CommandRejected.Violation> violations(Object value) {
        List<CommandRejected.Violation> found = new ArrayList<>();
        walk(value, new ArrayList<>(), "", found, 0);
        return found;
    }

    /** Throws a 422 rejection naming every field that breaks a limit. */
    public static void require(Object value) {
        List<CommandRejected.Violation> found = violations(value);
        if (!found.isEmpty()) {
            String names = String.join(", ", found.stream().map(CommandRejected.Violation::field).distinct().toList());
            throw new CommandRejected(CommandRejected.Reason.INVALID,
                    "Dữ liệu không hợp lệ ở: " + names + " / Invalid fields: " + names, found);
        }
    }

    private static void walk(Object value, List<String> path, String display, List<CommandRejected.Violation> found, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            String problem = problemWith(path, text.toString());
            if (problem != null) {
                found.add(new CommandRejected.Violation(display.isEmpty() ? "body" : display, problem));
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                String child = join(display, key);
                String keyProblem = problemWith(List.of("id"), key);
                if (keyProblem != null) {
                    found.add(new CommandRejected.Violation(child, keyProblem));
                    continue;
                }
                walk(entry.getValue(), with(path, key), child, found, depth + 1);
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path, display + "[" + i++ + "]", found, depth + 1);
            }
        } else if (value instanceof Object[] items) {
            for (int i = 0; i < items.length; i++) {
                walk(items[i], path, display + "[" + i + "]", found, depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                walk(read(component, value), with(path, component.getName()), join(display, component.getName()), found, depth + 1);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        Method accessor = component.getAccessor();
        try {
            accessor.setAccessible(true); // bodies are often package-private records
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return null; // an accessor that computes and fails is not a text we were given
        }
    }

    private static List<String> with(List<String> path, String name) {
        List<String> longer = new ArrayList<>(path);
        longer.add(name);
        return longer;
    }

    private static String join(String display, String name) {
        return display.isEmpty() ? name : display + "." + name;
    }
}
