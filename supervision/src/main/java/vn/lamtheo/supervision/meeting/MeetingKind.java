package vn.lamtheo.supervision.meeting;

/**
 * The kinds of branch meeting the report tells apart: a thematic meeting (sinh hoạt chuyên đề), a regular meeting with
 * a thematic part (sinh hoạt định kỳ có lồng ghép chuyên đề), and a political campaign on Party building
 * (sinh hoạt chính trị về xây dựng Đảng). The first two count as thematic meetings held.
 */
public enum MeetingKind {
    THEMATIC, REGULAR_WITH_THEMATIC_PART, PARTY_BUILDING_CAMPAIGN;

    public boolean isThematic() {
        return this != PARTY_BUILDING_CAMPAIGN;
    }
}
