/**
 * The published language of the model context: every fact about an exemplary model ("mô hình hay,
 * cách làm tiêu biểu") that other contexts and reports may rely on. Records only, no behaviour; the
 * supervision report counts models by field and status, overlaps with Dân vận khéo, carried-over models,
 * retirements by reason and adoptions from these events.
 */
package vn.lamtheo.kernel.events.model;
