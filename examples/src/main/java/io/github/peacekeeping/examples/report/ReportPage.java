package io.github.peacekeeping.examples.report;

import java.util.List;

/**
 * The report's HTML page: a title, paragraphs, and for each {@link Figure} the chart (an {@code <img>}
 * of its SVG file, described in words), its caption, and the table of the figures it draws. The page
 * fits a phone's width: the charts scale, and a wide table scrolls on its own.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param title       the page's title, not blank
 * @param paragraphs  the text before the figures, not null, no null element
 * @param figures     the figures, in order, not null, no null element
 */
public record ReportPage(String title, List<String> paragraphs, List<Figure> figures) {

    private static final String STYLE = "body{font-family:sans-serif;line-height:1.4;max-width:48rem;margin:0 auto;"
            + "padding:0 1rem}figure{margin:2rem 0 .5rem}img{width:100%;height:auto}"
            + ".scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.9rem}"
            + "th,td{padding:.15rem .5rem;text-align:right;border-bottom:1px solid #ddd;white-space:nowrap}"
            + "th:first-child,td:first-child{text-align:left}";

    /**
     * Checks the page and copies its lists.
     *
     * @param title       the title, not blank
     * @param paragraphs  the paragraphs, not null
     * @param figures     the figures, not null
     * @throws io.github.peacekeeping.core.PeacekeepingException if a value is missing or the title blank
     */
    public ReportPage {
        Inputs.text("title", title);
        paragraphs = Inputs.list("paragraphs", paragraphs);
        figures = Inputs.list("figures", figures);
    }

    /**
     * Writes the page.
     *
     * @return the HTML document, UTF-8 text, the same for the same page, not null
     */
    public String toHtml() {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        for (Figure figure : figures) {
            Chart chart = figure.chart();
            html.append("<h2>").append(escape(chart.title())).append("</h2>\n")
                    .append("<figure>\n<img src=\"").append(figure.file()).append("\" alt=\"")
                    .append(escape(chart.description())).append("\">\n")
                    .append("<figcaption>").append(escape(figure.caption())).append("</figcaption>\n</figure>\n")
                    .append("<details>\n<summary>The figures</summary>\n<div class=\"scroll\">\n");
            table(html, chart.table());
            html.append("</div>\n</details>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder html, Table table) {
        html.append("<table>\n<thead><tr>");
        for (String name : table.header()) {
            html.append("<th scope=\"col\">").append(escape(name)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = i == 0 ? "th scope=\"row\"" : "td";
                html.append('<').append(cell).append('>').append(escape(row.get(i)))
                        .append("</").append(i == 0 ? "th" : "td").append('>');
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** Text as HTML shows it: the five characters with a meaning in markup or attributes as references. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&': escaped.append("&amp;"); break;
                case '<': escaped.append("&lt;"); break;
                case '>': escaped.append("&gt;"); break;
                case '"': escaped.append("&quot;"); break;
                case '\'': escaped.append("&#39;"); break;
                default: escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
