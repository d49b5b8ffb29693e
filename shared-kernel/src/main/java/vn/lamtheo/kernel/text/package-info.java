/**
 * Vietnamese text for comparison: folding with offsets back into the original ({@link vn.lamtheo.kernel.text.VietnameseNormalizer}),
 * syllables ({@link vn.lamtheo.kernel.text.Syllables}) and winnowed shingle fingerprints
 * ({@link vn.lamtheo.kernel.text.ShingleFingerprinter}, hashed with hash4j's komihash).
 */
package vn.lamtheo.kernel.text;
