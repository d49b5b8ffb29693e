package vn.lamtheo.cabinet.ledger;

import vn.lamtheo.kernel.events.cabinet.TitleSource;

import java.util.ArrayList;
import java.util.List;

/** The catalogue screen of one cabinet ({@code cabinet_catalogues}): every title with its copies' codes. */
public class CabinetCatalogue {
    public long seq = -1;
    public List<Title> titles = new ArrayList<>();

    public record Title(String titleId, String isbn, String title, String author, String publisher, Integer year,
                        String category, TitleSource source, String shelf, List<String> copyCodes, String folded) {
    }
}
