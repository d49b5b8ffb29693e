package vn.lamtheo.kernel.events.pledge;

/**
 * A soft finding of the template check, recorded on the pledge and shown to the reviewer (it does not block).
 *
 * @param rule       a stable code, e.g. {@code SAMPLE_WORDING}, {@code DUTIES_NOT_MENTIONED}, {@code NO_REMEDY},
 *                   {@code ACTION_WITHOUT_TARGET}, {@code SAME_AS_LAST_YEAR}
 * @param sectionKey the section it concerns ({@code header.assignedDuties} for the header), or null
 * @param heading    the Vietnamese heading of that section in the member's template
 * @param message    a short explanation for people (never quoting pledge text)
 */
public record TemplateFinding(String rule, String sectionKey, String heading, String message) {
}
