package io.github.peacekeeping.examples.report;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An SVG document of the report parsed as XML, and what a test asks of it: its texts, the data area (the
 * clip rectangle of the plotted lines and bars), the plotted lines and the bars.
 */
final class ParsedSvg {

    /** A plotted line: its stroke colour, whether it is dashed, and its vertices in SVG coordinates. */
    record Line(String stroke, boolean dashed, List<double[]> vertices, int moves) {
    }

    /** A bar: its fill colour and rectangle. */
    record Bar(String fill, Rectangle2D rectangle) {
    }

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

    private final Document document;
    private final Map<String, Rectangle2D> clips = new HashMap<>();

    private ParsedSvg(Document document) {
        this.document = document;
        NodeList clipPaths = document.getElementsByTagName("clipPath");
        for (int i = 0; i < clipPaths.getLength(); i++) {
            Element clip = (Element) clipPaths.item(i);
            Element path = (Element) clip.getElementsByTagName("path").item(0);
            clips.put("url(#" + clip.getAttribute("id") + ")", bounds(path.getAttribute("d")));
        }
    }

    /** Parses the text as XML, refusing any external entity or DTD. */
    static ParsedSvg parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return new ParsedSvg(factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** The content of every text element, in document order (title and desc excluded). */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    String title() {
        return document.getElementsByTagName("title").item(0).getTextContent();
    }

    String desc() {
        return document.getElementsByTagName("desc").item(0).getTextContent();
    }

    /** The area the data are drawn in: the clip of the plotted lines, bars and marks, smaller than the canvas. */
    Rectangle2D dataArea() {
        Rectangle2D canvas = clips.get("url(#clipPath1)");
        return clips.values().stream()
                .filter(r -> !r.equals(canvas) && canvas.contains(r))
                .reduce((a, b) -> {
                    throw new AssertionError("two data areas: " + a + ", " + b);
                }).orElseThrow();
    }

    /** The unfilled paths clipped to the data area. */
    List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        NodeList paths = document.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if (inDataArea(path) && "none".equals(path.getAttribute("fill"))) {
                Element group = (Element) path.getParentNode();
                String d = path.getAttribute("d");
                List<double[]> vertices = new ArrayList<>();
                Matcher number = NUMBER.matcher(d);
                while (number.find()) {
                    double x = Double.parseDouble(number.group());
                    number.find();
                    vertices.add(new double[] {x, Double.parseDouble(number.group())});
                }
                int moves = d.length() - d.replace("M", "").length();
                lines.add(new Line(group.getAttribute("stroke"), group.hasAttribute("stroke-dasharray"), vertices, moves));
            }
        }
        return lines;
    }

    /** The rectangles clipped to the data area whose fill is one of the given colours. */
    List<Bar> bars(List<String> fills) {
        List<Bar> bars = new ArrayList<>();
        NodeList rects = document.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            String fill = rect.hasAttribute("fill") ? rect.getAttribute("fill")
                    : ((Element) rect.getParentNode()).getAttribute("fill");
            if (inDataArea(rect) && fills.contains(fill)) {
                bars.add(new Bar(fill, new Rectangle2D.Double(number(rect, "x"), number(rect, "y"),
                        number(rect, "width"), number(rect, "height"))));
            }
        }
        return bars;
    }

    private boolean inDataArea(Element element) {
        Rectangle2D clip = clips.get(element.getAttribute("clip-path"));
        return clip != null && clip.equals(dataArea());
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static Rectangle2D bounds(String d) {
        Matcher number = NUMBER.matcher(d);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        while (number.find()) {
            double x = Double.parseDouble(number.group());
            number.find();
            double y = Double.parseDouble(number.group());
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        return new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
    }
}
