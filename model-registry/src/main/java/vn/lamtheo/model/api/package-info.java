/** The commands of the model context, as records. Authorization travels with them as the acting {@code Actor}. */
package vn.lamtheo.model.api;
