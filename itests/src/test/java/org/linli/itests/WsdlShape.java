package org.linli.itests;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What a client of a WSDL depends on, one sorted line each, independent of the order and layout
 * the server writes it in: the target namespace, each operation with its input and output
 * elements and faults, each element and complex type with its children (name, type, occurrence,
 * nillable), each enumeration with its values.
 */
final class WsdlShape {
    private static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema";

    private WsdlShape() {
    }

    static List<String> of(String wsdl) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(wsdl)));
        TreeSet<String> lines = new TreeSet<>();
        Element definitions = document.getDocumentElement();
        lines.add("namespace " + definitions.getAttribute("targetNamespace"));
        for (Element operation : children(first(definitions, WSDL, "portType"), WSDL, "operation")) {
            StringBuilder line = new StringBuilder("operation " + operation.getAttribute("name"));
            for (String part : List.of("input", "output", "fault")) {
                for (Element message : children(operation, WSDL, part)) {
                    line.append(' ').append(part).append('=').append(messageElement(definitions, message.getAttribute("message")));
                }
            }
            lines.add(line.toString());
        }
        for (Element schema : children(first(definitions, WSDL, "types"), XSD, "schema")) {
            String namespace = schema.getAttribute("targetNamespace");
            for (Element element : children(schema, XSD, "element")) {
                lines.add("element {" + namespace + "}" + element.getAttribute("name") + " " + describe(element));
            }
            for (Element type : children(schema, XSD, "complexType")) {
                lines.add("type {" + namespace + "}" + type.getAttribute("name") + " " + describe(type));
            }
            for (Element type : children(schema, XSD, "simpleType")) {
                lines.add("enum {" + namespace + "}" + type.getAttribute("name") + " " + describe(type));
            }
        }
        return new ArrayList<>(lines);
    }

    /** An element's type, or the shape of its anonymous type; a complex type's children in order. */
    private static String describe(Element node) {
        if (!node.getAttribute("type").isEmpty()) {
            return localName(node.getAttribute("type"));
        }
        List<String> parts = new ArrayList<>();
        NodeList all = node.getElementsByTagNameNS(XSD, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element child = (Element) all.item(i);
            switch (child.getLocalName()) {
                case "element" -> parts.add(child.getAttribute("name") + child.getAttribute("ref") + ":"
                        + localName(child.getAttribute("type")) + occurs(child)
                        + ("true".equals(child.getAttribute("nillable")) ? " nillable" : ""));
                case "extension", "restriction" -> parts.add(child.getLocalName() + " of " + localName(child.getAttribute("base")));
                case "enumeration" -> parts.add(child.getAttribute("value"));
                case "attribute" -> parts.add("@" + child.getAttribute("name") + ":" + localName(child.getAttribute("type")));
                default -> {
                }
            }
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static String occurs(Element element) {
        String min = element.getAttribute("minOccurs").isEmpty() ? "1" : element.getAttribute("minOccurs");
        String max = element.getAttribute("maxOccurs").isEmpty() ? "1" : element.getAttribute("maxOccurs");
        return min.equals("1") && max.equals("1") ? "" : "[" + min + ".." + max + "]";
    }

    private static String messageElement(Element definitions, String qualified) {
        for (Element message : children(definitions, WSDL, "message")) {
            if (message.getAttribute("name").equals(localName(qualified))) {
                List<String> parts = new ArrayList<>();
                for (Element part : children(message, WSDL, "part")) {
                    parts.add(localName(part.getAttribute("element")) + localName(part.getAttribute("type")));
                }
                return String.join("+", parts);
            }
        }
        throw new AssertionError("no message " + qualified);
    }

    private static String localName(String qualified) {
        return qualified.substring(qualified.indexOf(':') + 1);
    }

    private static Element first(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        if (found.isEmpty()) {
            throw new AssertionError("no " + name + " in " + parent.getLocalName());
        }
        return found.get(0);
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && namespace.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
