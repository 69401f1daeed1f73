package io.github.peacekeeping.examples.report;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws a JFreeChart chart as an SVG document with Apache Batik's SVG generator: every label a
 * {@code <text>} element (searchable, read by screen readers, and small), a {@code <title>} and a
 * {@code <desc>} for assistive technology, a {@code viewBox} and {@code width="100%"} so that the chart
 * takes the width of the page or phone that shows it.
 *
 * <p>The same chart gives the same bytes: Batik numbers its clip paths in drawing order, the generator's
 * comment is left out, no time is written, and numbers are rounded to two decimals. The text's layout is
 * measured with the fonts the JDK maps {@code SansSerif} to, so another JDK or font set may move a label
 * by a pixel (the SVG then differs; the figures do not).
 *
 * <p>This class is immutable and thread-safe.
 */
final class SvgDrawing {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    static {
        // JFreeChart draws rotated text (the value axis' label) through a TextLayout by default, a workaround
        // for old JDKs that Batik can only write as glyph outlines; Graphics2D.drawString gives a <text>.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private SvgDrawing() {
    }

    /** The SVG of a chart drawn at the report's size, with its title and description. */
    static String draw(JFreeChart chart, String title, String description) {
        Document document = newDocument();
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setPrecision(2);
        context.setEmbeddedFontsOn(false);
        // The defaults the root element states: the charts' own font instead of Java's "Dialog".
        SVGGeneratorContext.GraphicContextDefaults defaults = new SVGGeneratorContext.GraphicContextDefaults();
        defaults.setFont(ChartLook.TICK_LABEL);
        context.setGraphicContextDefaults(defaults);
        SVGGraphics2D graphics = new SVGGraphics2D(context, false);
        graphics.setSVGCanvasSize(new Dimension(ChartLook.WIDTH, ChartLook.HEIGHT));
        chart.draw(graphics, new Rectangle2D.Double(0, 0, ChartLook.WIDTH, ChartLook.HEIGHT));
        Element root = graphics.getRoot();
        root.setAttribute("viewBox", "0 0 " + ChartLook.WIDTH + " " + ChartLook.HEIGHT);
        root.setAttribute("width", "100%");
        root.removeAttribute("height");
        root.setAttribute("role", "img");
        root.setAttribute("aria-labelledby", "chart-title chart-desc");
        Element desc = textElement(document, "desc", "chart-desc", description);
        root.insertBefore(desc, root.getFirstChild());
        root.insertBefore(textElement(document, "title", "chart-title", title), desc);
        return serialize(root);
    }

    private static Element textElement(Document document, String name, String id, String text) {
        Element element = document.createElementNS(SVG_NAMESPACE, name);
        element.setAttribute("id", id);
        element.setTextContent(text);
        return element;
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().getDOMImplementation().createDocument(SVG_NAMESPACE, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured: " + e.getMessage(), e);
        }
    }

    /** The document as UTF-8 XML without a DOCTYPE (SVG needs none; Batik's would name an external DTD). */
    private static String serialize(Element root) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "1");
            StringWriter text = new StringWriter();
            transformer.transform(new DOMSource(root), new StreamResult(text));
            // The JDK writes the root element on the declaration's line.
            return text.toString().replace("\r\n", "\n").replaceFirst("\\?><svg", "?>\n<svg") + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK's XML writer failed: " + e.getMessage(), e);
        }
    }
}
