package vn.lamtheo.cabinet.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.kernel.events.cabinet.TitleSource;

/** Enter a title with its first copies; {@code isbn} as typed (ISBN-10 or 13, hyphens allowed) or null. */
public record CatalogueTitle(@TargetAggregateIdentifier String cabinetId, String titleId, String isbn, String title, String author, String publisher, Integer year, String category, TitleSource source, String shelf, Integer copies, Long expectedVersion, Actor actor) {
}
