package vn.lamtheo.similarity;

/**
 * Which side of a match is the suspect.
 * <ul>
 *   <li>COPIED_FROM: the other document is of the same or an earlier year and was indexed before this check:
 *       this document may have copied from it.</li>
 *   <li>COPIED_BY: the other document is of a later year (it arrived first, e.g. in an import): it may have
 *       copied from this one; this document is not suspected because of it.</li>
 * </ul>
 */
public enum MatchDirection {
    COPIED_FROM,
    COPIED_BY
}
