package vn.lamtheo.kernel.directory;

/**
 * A unit of the organisation tree. Ids are paths such as {@code cau-ngang/nhi-truong/ap-la-bang-chop},
 * as in the shared corpus, but code must not parse them: the parent link is the truth.
 */
public record Unit(String id, UnitType type, String name, String parentId) {
}
