/** The book-cabinet context's commands (records, one per decision) and the rules the decisions read. */
package vn.lamtheo.cabinet.api;
