package org.linli.soap.generator;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.linli.records.KindDescription;
import org.linli.records.RecordStore;
import org.linli.records.Register;

/**
 * Writes the SOAP door's operations for every kind of record a register keeps, from the kinds'
 * descriptions: for a SOAP service {@code Affairs} and its register, the abstract class
 * {@code AffairsKinds} with {@code createMediationCase}, {@code getMediationCase},
 * {@code updateMediationCase}, {@code deleteMediationCase} and {@code findMediationCases} for each
 * kind, and the page type of each search. The hand-written service extends it with the operations
 * that are not a kind's five. Run by the SOAP bundle's build, so a kind added to a register is in
 * its SOAP service without code of its own.
 */
public final class KindOperations {
    static final String PACKAGE = "org.linli.soap.internal";

    private KindOperations() {
    }

    /**
     * @param args the directory of generated sources, then one {@code Service=register class} for
     *             each SOAP service, such as {@code Affairs=org.linli.affairs.internal.JpaCommunityAffairs}
     */
    public static void main(String[] args) throws Exception {
        Path sources = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            String[] service = args[i].split("=", 2);
            List<KindDescription> kinds = register(service[1]).stores().stream().map(RecordStore::description).toList();
            Path file = sources.resolve(PACKAGE.replace('.', '/')).resolve(service[0] + "Kinds.java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source(service[0], service[1], kinds), StandardCharsets.UTF_8);
        }
    }

    /**
     * The register, built to be asked for its kinds only: its constructor receives no services, as
     * a register's constructor keeps the services it is given and uses none of them.
     */
    static Register register(String className) throws ReflectiveOperationException {
        Constructor<?> constructor = Class.forName(className).getConstructors()[0];
        return (Register) constructor.newInstance(new Object[constructor.getParameterCount()]);
    }

    static String source(String service, String register, List<KindDescription> kinds) {
        StringBuilder java = new StringBuilder();
        java.append("package ").append(PACKAGE).append(";\n\n")
                .append("import java.util.ArrayList;\n")
                .append("import java.util.List;\n")
                .append("import javax.jws.WebMethod;\n")
                .append("import javax.jws.WebParam;\n")
                .append("import javax.jws.WebResult;\n")
                .append("import javax.jws.WebService;\n")
                .append("import javax.xml.bind.annotation.XmlAccessType;\n")
                .append("import javax.xml.bind.annotation.XmlAccessorType;\n")
                .append("import javax.xml.bind.annotation.XmlElement;\n")
                .append("import javax.xml.bind.annotation.XmlType;\n")
                .append("import org.linli.common.Page;\n")
                .append("import org.linli.common.PageRequest;\n")
                .append("import org.linli.records.RecordStore;\n")
                .append("import org.linli.records.Register;\n\n")
                .append("/**\n * The five operations of each kind of {@code ").append(register).append("}, written by\n")
                .append(" * {@code org.linli.soap.generator.KindOperations} from the kinds' descriptions: not to be edited.\n */\n")
                .append("@WebService(name = \"").append(service).append("\", targetNamespace = SoapEndpoint.NAMESPACE)\n")
                .append("public abstract class ").append(service).append("Kinds {\n");
        for (KindDescription kind : kinds) {
            java.append("    private final RecordStore<").append(bean(kind)).append("> ").append(store(kind)).append(";\n");
        }
        java.append("\n    protected ").append(service).append("Kinds(Register register) {\n");
        for (KindDescription kind : kinds) {
            java.append("        ").append(store(kind)).append(" = Kinds.store(register, ").append(bean(kind)).append(".class);\n");
        }
        java.append("    }\n");
        for (KindDescription kind : kinds) {
            operations(java, kind);
        }
        for (KindDescription kind : kinds) {
            page(java, kind);
        }
        return java.append("}\n").toString();
    }

    private static void operations(StringBuilder java, KindDescription kind) {
        String one = kind.soapName();
        String element = lower(one);
        String bean = bean(kind);
        String store = store(kind);
        java.append('\n')
                .append("    @WebMethod\n")
                .append("    @WebResult(name = \"").append(element).append("\")\n")
                .append("    public ").append(bean).append(" create").append(one).append("(@WebParam(name = \"").append(element).append("\") ")
                .append(bean).append(' ').append(element).append(") throws LinliFault {\n")
                .append("        return Calls.call(() -> ").append(store).append(".create(Calls.required(\"").append(element).append("\", ")
                .append(element).append(")));\n")
                .append("    }\n\n")
                .append("    @WebMethod\n")
                .append("    @WebResult(name = \"").append(element).append("\")\n")
                .append("    public ").append(bean).append(" get").append(one).append("(@WebParam(name = \"id\") long id) throws LinliFault {\n")
                .append("        return Calls.call(() -> ").append(store).append(".get(id));\n")
                .append("    }\n\n")
                .append("    @WebMethod\n")
                .append("    @WebResult(name = \"").append(element).append("\")\n")
                .append("    public ").append(bean).append(" update").append(one).append("(@WebParam(name = \"id\") long id, @WebParam(name = \"")
                .append(element).append("\") ").append(bean).append(' ').append(element).append(") throws LinliFault {\n")
                .append("        return Calls.call(() -> ").append(store).append(".update(id, Calls.required(\"").append(element).append("\", ")
                .append(element).append(")));\n")
                .append("    }\n\n")
                .append("    @WebMethod\n")
                .append("    public void delete").append(one).append("(@WebParam(name = \"id\") long id) throws LinliFault {\n")
                .append("        Calls.run(() -> ").append(store).append(".delete(id));\n")
                .append("    }\n\n")
                .append("    @WebMethod\n")
                .append("    @WebResult(name = \"result\")\n")
                .append("    public ").append(one).append("Page find").append(kind.soapPluralName())
                .append("(@WebParam(name = \"filter\") List<SearchFilter> filters,\n")
                .append("            @WebParam(name = \"page\") Integer page, @WebParam(name = \"size\") Integer size,\n")
                .append("            @WebParam(name = \"after\") Long after) throws LinliFault {\n")
                .append("        return Calls.call(() -> ").append(one).append("Page.of(").append(store)
                .append(".search(SearchFilter.map(filters), PageRequest.of(page, size, after))));\n")
                .append("    }\n");
    }

    private static void page(StringBuilder java, KindDescription kind) {
        String one = kind.soapName();
        String bean = bean(kind);
        java.append('\n')
                .append("    @XmlAccessorType(XmlAccessType.FIELD)\n")
                .append("    @XmlType(name = \"").append(lower(one)).append("Page\", namespace = SoapEndpoint.NAMESPACE)\n")
                .append("    public static class ").append(one).append("Page extends Pages.PageInfo {\n")
                .append("        @XmlElement(name = \"item\")\n")
                .append("        public List<").append(bean).append("> items = new ArrayList<>();\n\n")
                .append("        static ").append(one).append("Page of(Page<").append(bean).append("> from) {\n")
                .append("            ").append(one).append("Page page = new ").append(one).append("Page();\n")
                .append("            page.fill(from);\n")
                .append("            page.items.addAll(from.items());\n")
                .append("            return page;\n")
                .append("        }\n")
                .append("    }\n");
    }

    private static String bean(KindDescription kind) {
        return kind.bean().getName();
    }

    private static String store(KindDescription kind) {
        return lower(kind.soapName()) + "Store";
    }

    private static String lower(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
