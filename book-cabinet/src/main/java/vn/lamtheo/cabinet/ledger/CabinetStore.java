package vn.lamtheo.cabinet.ledger;

import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

/** The cabinet context's screen collections. */
@Repository
public class CabinetStore {

    final CabinetDocuments<CabinetCard> cards;
    final CabinetDocuments<CabinetCatalogue> catalogues;
    final CabinetDocuments<CopyCard> copies;
    final CabinetDocuments<LoanDesk> desks;

    public CabinetStore(MongoDatabase database) {
        cards = new CabinetDocuments<>(database, "cabinet_cards", CabinetCard.class);
        catalogues = new CabinetDocuments<>(database, "cabinet_catalogues", CabinetCatalogue.class);
        copies = new CabinetDocuments<>(database, "cabinet_copies", CopyCard.class);
        desks = new CabinetDocuments<>(database, "cabinet_desks", LoanDesk.class);
    }

    static String copyId(String cabinetId, String code) {
        return cabinetId + "/" + code;
    }

    void drop() {
        cards.drop();
        catalogues.drop();
        copies.drop();
        desks.drop();
    }
}
