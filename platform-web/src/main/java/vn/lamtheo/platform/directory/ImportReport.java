package vn.lamtheo.platform.directory;

import vn.lamtheo.kernel.domain.CommandRejected;

import java.util.List;

/** What a directory import did: counts per section and the entries it rejected (with why). */
public record ImportReport(Counts units, Counts people, Counts accounts, List<EntryError> errors) {

    public record Counts(int created, int updated, int unchanged) {
        @Override
        public String toString() {
            return created + " created/" + updated + " updated/" + unchanged + " unchanged";
        }
    }

    /** @param section units, people or accounts; @param index the entry's position in its list */
    public record EntryError(String section, int index, String id, String message, List<CommandRejected.Violation> errors) {
        static EntryError of(String section, int index, String id, CommandRejected rejection) {
            return new EntryError(section, index, id, rejection.getMessage(), rejection.violations());
        }
    }

    static final class Counter {
        private int created;
        private int updated;
        private int unchanged;

        void created() {
            created++;
        }

        void updated() {
            updated++;
        }

        void unchanged() {
            unchanged++;
        }

        Counts counts() {
            return new Counts(created, updated, unchanged);
        }
    }
}
