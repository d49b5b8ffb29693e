/**
 * Vietnamese text for comparison: folding with offsets back into the original ({@link vn.lamtheo.similarity.text.VietnameseNormalizer}),
 * syllables ({@link vn.lamtheo.similarity.text.Syllables}) and winnowed shingle fingerprints
 * ({@link vn.lamtheo.similarity.text.ShingleFingerprinter}, hashed with hash4j's komihash).
 */
package vn.lamtheo.similarity.text;
