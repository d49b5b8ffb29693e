package vn.lamtheo.similarity;

/** One section of a compared document: a stable key (e.g. {@code tuTuongChinhTri}) and its text. */
public record Section(String key, String text) {
}
