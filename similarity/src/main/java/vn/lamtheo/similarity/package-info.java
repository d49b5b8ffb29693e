/**
 * Copy detection over documents with sections, reusable by every context (pledge copy check, model overlap).
 *
 * <p>Use: build one {@link vn.lamtheo.similarity.SimilarityEngine} per purpose with its own index
 * ({@code new MongoFingerprintIndex(db, "pledge_copycheck", …)} + {@code new MongoFingerprintStore(db, "pledge_copycheck")}),
 * then for each submitted or revised document call {@code checkAndIndex(new SimilarityDocument(id, ownerId, year, sections))}
 * and record the {@link vn.lamtheo.similarity.CopyCheckResult}: its COPIED_FROM sources concern this document,
 * its {@link vn.lamtheo.similarity.CopyCheckResult#copiedBy()} sources are later-year documents to be linked
 * the other way. Call it from one sequential processor: two documents checked at the same instant do not see each
 * other. A processor reset that replays the submissions in order rebuilds the same index and the same results.
 *
 * <p>How it decides (see {@link vn.lamtheo.similarity.SimilarityConfig#defaults()} for the numbers):
 * folded syllables → k-syllable shingles → winnowing (a shared run of t syllables always shares a fingerprint) →
 * fingerprints minus template text minus stock phrases (in more than a share of the indexed documents) are the
 * evidence → candidates by {@code $in} on the postings → containment of each document in the other (shared evidence
 * over its non-template fingerprints) → pair score → passages aligned back to both original texts.
 */
package vn.lamtheo.similarity;
