package vn.lamtheo.model.web.page;

/**
 * The Open Graph tags of a public page (og:title, og:description, og:url, og:type), so a link shared on the fanpage or
 * in a Zalo group shows a card. {@code url} is absolute: Facebook and Zalo do not resolve relative ones.
 */
public record OpenGraph(String title, String description, String url, String type) {

    /** Cards show about two lines; longer descriptions are cut at a word and marked. */
    static final int DESCRIPTION_LENGTH = 200;

    static String shortened(String text) {
        String plain = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (plain.length() <= DESCRIPTION_LENGTH) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return plain.substring(0, cut > 0 ? cut : DESCRIPTION_LENGTH - 1) + "…";
    }
}
