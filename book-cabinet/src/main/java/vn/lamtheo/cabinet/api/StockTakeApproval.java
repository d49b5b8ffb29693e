package vn.lamtheo.cabinet.api;

import java.util.List;

/** The answer to approving a stock-take: the copies that became lost. */
public record StockTakeApproval(String stockTakeId, List<String> lost) {
}
