package vn.lamtheo.supervision.report.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bar charts as inline SVG, drawn on the server: no chart library, no CDN, nothing to load, and the
 * chart prints and reads (title, labels, values as text) without JavaScript. One row per label, one bar per series.
 */
public final class SvgCharts {

    /** Colours distinguishable in print and by people with the common colour-vision deficiencies. */
    public static final List<String> PALETTE = List.of("#1f5f99", "#d9822b", "#3a8f5c", "#8e44ad", "#c0392b", "#7f8c8d");

    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 210;
    static final int VALUE_WIDTH = 64;
    static final int BAR_HEIGHT = 14;
    static final int ROW_GAP = 10;
    static final int TOP = 34;

    /** @param values one value per label; null draws no bar and "–" */
    public record Series(String name, List<Double> values) {
    }

    private final NumberFormat percent;
    private final NumberFormat number;

    public SvgCharts(Locale locale) {
        this.percent = NumberFormat.getPercentInstance(locale);
        this.percent.setMaximumFractionDigits(1);
        this.number = NumberFormat.getIntegerInstance(locale);
    }

    /**
     * @param id      the element id (tests and links find the chart by it)
     * @param percent values are fractions 0..1 shown as percentages; otherwise counts scaled to the largest
     */
    public String bars(String id, String title, List<String> labels, List<Series> series, boolean percent) {
        double max = percent ? 1.0 : Math.max(1, series.stream().flatMap(s -> s.values().stream())
                .filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(1));
        int rowHeight = series.size() * BAR_HEIGHT + ROW_GAP;
        int legend = series.size() > 1 ? 22 : 0;
        int height = TOP + legend + Math.max(1, labels.size()) * rowHeight + 8;
        int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(escape(id))
                .append("\" role=\"img\" aria-labelledby=\"").append(escape(id)).append("-title\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" font-family=\"inherit\" font-size=\"12\">");
        svg.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<text x=\"0\" y=\"16\" font-size=\"14\" font-weight=\"bold\" fill=\"#1d2733\">").append(escape(title)).append("</text>");
        if (legend > 0) {
            int x = LABEL_WIDTH;
            for (int s = 0; s < series.size(); s++) {
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(TOP - 8).append("\" width=\"12\" height=\"12\" fill=\"")
                        .append(PALETTE.get(s % PALETTE.size())).append("\"/>");
                svg.append("<text x=\"").append(x + 16).append("\" y=\"").append(TOP + 2).append("\">")
                        .append(escape(series.get(s).name())).append("</text>");
                x += 24 + series.get(s).name().length() * 7;
            }
        }
        // gridlines at quarters
        int plotTop = TOP + legend;
        int plotBottom = height - 8;
        for (int q = 0; q <= 4; q++) {
            double x = LABEL_WIDTH + plot * q / 4.0;
            svg.append("<line x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"").append(plotTop - 4)
                    .append("\" y2=\"").append(plotBottom).append("\" stroke=\"#dde3ea\"/>");
        }
        if (labels.isEmpty()) {
            svg.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(plotTop + 12)
                    .append("\" fill=\"#44505c\">–</text>");
        }
        for (int i = 0; i < labels.size(); i++) {
            int y = plotTop + i * rowHeight;
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + series.size() * BAR_HEIGHT / 2 + 4)
                    .append("\" text-anchor=\"end\" fill=\"#1d2733\">").append(escape(labels.get(i))).append("</text>");
            for (int s = 0; s < series.size(); s++) {
                Double value = series.get(s).values().get(i);
                int barY = y + s * BAR_HEIGHT;
                double w = value == null ? 0 : Math.max(value > 0 ? 1 : 0, plot * Math.min(1, value / max));
                svg.append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(barY + 1)
                        .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(BAR_HEIGHT - 2)
                        .append("\" fill=\"").append(PALETTE.get(s % PALETTE.size())).append("\">")
                        .append("<title>").append(escape(labels.get(i) + " – " + series.get(s).name() + ": " + show(value, percent)))
                        .append("</title></rect>");
                svg.append("<text x=\"").append(fmt(LABEL_WIDTH + w + 4)).append("\" y=\"").append(barY + BAR_HEIGHT - 3)
                        .append("\" font-size=\"11\" fill=\"#44505c\">").append(escape(show(value, percent))).append("</text>");
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private String show(Double value, boolean asPercent) {
        if (value == null) {
            return "–";
        }
        return asPercent ? percent.format(value) : number.format(value);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
