package vn.lamtheo.kernel.events.cabinet;

import java.time.Instant;

/**
 * Every event of a book cabinet's ledger. Each carries the cabinet, its unit (so consumers can scope without a
 * lookup), the person who caused it and when it happened.
 */
public sealed interface CabinetEvent permits CabinetOpened, TitleCatalogued, ReaderRegistered, CopyLent, LoanRenewed,
        CopyReturned, CopyDeclaredLost, CopyFound, CopyWrittenOff, StockTakeOpened, CopiesCounted, StockTakeClosed, StockTakeApproved {

    String cabinetId();

    String unitId();

    String actorId();

    Instant at();
}
