package vn.lamtheo.kernel.events.model;

/** A model carried out by a unit (tập thể) or by one person (cá nhân). */
public enum ModelKind {
    COLLECTIVE, INDIVIDUAL
}
