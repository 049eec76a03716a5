package dev.vireo.drivers.libvirt;

import dev.vireo.drivers.spi.DriverErrorKind;
import dev.vireo.drivers.spi.DriverException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Small DOM helpers for libvirt XML: safe parsing, child lookup by path, serialization. */
final class Xml {
  private Xml() {}

  /** Parses namespace-aware with DTDs and external entities disabled. */
  static Document parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new DriverException(
          DriverErrorKind.INVALID_ARGUMENT,
          "not well-formed XML: " + e.getMessage(),
          e.getMessage(),
          null,
          e);
    }
  }

  static String serialize(Document doc) {
    try {
      var t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      StringWriter out = new StringWriter();
      t.transform(new DOMSource(doc), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot serialize XML", e);
    }
  }

  /** Direct children of {@code parent} with the given local name. */
  static List<Element> children(Element parent, String name) {
    List<Element> result = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(localName(e))) {
        result.add(e);
      }
    }
    return result;
  }

  /** The first element along a path of child names, e.g. {@code child(root, "os", "type")}. */
  static Optional<Element> child(Element parent, String... path) {
    Element current = parent;
    for (String name : path) {
      List<Element> found = children(current, name);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      current = found.get(0);
    }
    return Optional.of(current);
  }

  static Optional<String> text(Element parent, String... path) {
    return child(parent, path).map(e -> e.getTextContent().trim());
  }

  static Optional<String> attr(Element e, String name) {
    return e.hasAttribute(name) ? Optional.of(e.getAttribute(name)) : Optional.empty();
  }

  /** Escapes text for use in element content or attribute values. */
  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&apos;")
        .replace("\"", "&quot;");
  }

  private static String localName(Element e) {
    return e.getLocalName() == null ? e.getTagName() : e.getLocalName();
  }
}
