/**
 * The supervision report: figures per commune, branch and year built from the published events of both contexts
 * ({@code vn.lamtheo.kernel.events.pledge}, {@code vn.lamtheo.kernel.events.model}) and the Directory only — never
 * from the internals of the pledge or model context — and the JSON, XLSX, PDF and dashboard views of them.
 */
package vn.lamtheo.supervision.report;
