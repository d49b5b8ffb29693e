package vn.lamtheo.kernel.events.pledge;

/** The three pledge forms in use: party member, youth union (đoàn viên), association (hội viên). */
public enum TemplateKind {
    PARTY_MEMBER, YOUTH_UNION, ASSOCIATION
}
