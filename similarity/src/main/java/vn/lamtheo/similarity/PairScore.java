package vn.lamtheo.similarity;

/** How the two containments of a pair combine into one score in [0,1]. */
public enum PairScore {
    /** min(c1, c2): both documents share at least this share of their evidence with the other. */
    SMALLER_CONTAINMENT,
    /** sqrt(c1 · c2): cosine of the two evidence sets. */
    GEOMETRIC_MEAN,
    /** max(c1, c2): at least one document is this much contained in the other. */
    LARGER_CONTAINMENT;

    public double combine(double c1, double c2) {
        return switch (this) {
            case SMALLER_CONTAINMENT -> Math.min(c1, c2);
            case GEOMETRIC_MEAN -> Math.sqrt(c1 * c2);
            case LARGER_CONTAINMENT -> Math.max(c1, c2);
        };
    }

    /** The highest score the pair can reach when only c1 is known: lets the engine skip hopeless candidates. */
    public double upperBound(double c1) {
        return switch (this) {
            case SMALLER_CONTAINMENT -> c1;
            case GEOMETRIC_MEAN -> Math.sqrt(c1);
            case LARGER_CONTAINMENT -> 1.0;
        };
    }
}
