package vn.lamtheo.kernel.events.cabinet;

import java.time.Instant;
import java.util.List;

/**
 * A title (đầu sách) entered the catalogue with its first copies. {@code isbn} is the ISBN-13 (an ISBN-10 is
 * converted) or null for a book without one; {@code category} is one of the configured category codes.
 */
public record TitleCatalogued(String cabinetId, String unitId, String actorId, Instant at,
                              String titleId, String isbn, String title, String author, String publisher, Integer year,
                              String category, TitleSource source, String shelf, List<String> copyCodes) implements CabinetEvent {
    public TitleCatalogued {
        copyCodes = List.copyOf(copyCodes);
    }
}
