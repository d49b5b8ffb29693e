/**
 * The published language of the book-cabinet context ("Đề án trang bị sách cho cơ sở"): every fact about a
 * commune's book cabinet that other contexts and reports may rely on. Records only, no behaviour; the supervision
 * report counts cabinets, copies, loans and losses per unit from these events.
 */
package vn.lamtheo.kernel.events.cabinet;
