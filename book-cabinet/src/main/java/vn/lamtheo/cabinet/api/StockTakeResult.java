package vn.lamtheo.cabinet.api;

import java.util.List;

/** The answer to closing a stock-take. */
public record StockTakeResult(List<String> found, List<String> missing, List<String> misplaced, List<String> unknown) {
}
