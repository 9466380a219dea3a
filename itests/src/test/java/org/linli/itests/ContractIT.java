package org.linli.itests;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * What integrators build against changes only on purpose, and they are told how. The served WSDLs
 * are compared by {@link WsdlShape}, so that the order the server writes them in does not count:
 * <ul>
 * <li>with {@code contracts/wsdl/*.wsdl}, exactly: the files the SOAP clients of
 * {@link GeneratedClientsIT} are generated from;</li>
 * <li>with {@code contracts/wsdl-shapes-2026-12-07.txt}, the WSDLs as first served, never edited:
 * every difference is listed, line for line, in the fenced block of docs/soap-changes.md, and every
 * line listed there is still a difference.</li>
 * </ul>
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ContractIT extends LinliTestSupport {
    @Test
    public void everyWsdlIsTheContractAndEveryChangeIsDocumented() throws Exception {
        awaitUp();
        TreeSet<String> served = new TreeSet<>();
        List<String> notTheContract = new ArrayList<>();
        for (String service : SOAP_SERVICES) {
            Answer wsdl = get("/soap/" + service + "?wsdl");
            assertEquals(service, 200, wsdl.status());
            List<String> shape = WsdlShape.of(wsdl.body());
            List<String> contract = WsdlShape.of(Files.readString(contracts().resolve("wsdl/" + service + ".wsdl"), StandardCharsets.UTF_8));
            if (!shape.equals(contract)) {
                notTheContract.add(service);
                // The served WSDL, to review and to copy into contracts/wsdl once the change is meant.
                Files.createDirectories(repository("itests/target/wsdl"));
                Files.writeString(repository("itests/target/wsdl/" + service + ".wsdl"), wsdl.body(), StandardCharsets.UTF_8);
            }
            shape.forEach(line -> served.add(service + ": " + line));
        }

        TreeSet<String> first = new TreeSet<>();
        for (String line : Files.readAllLines(contracts().resolve("wsdl-shapes-2026-12-07.txt"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                first.add(line);
            }
        }
        assertDocumented("the first WSDLs", first, served, "soap-changes");
        assertEquals("served WSDLs that differ from contracts/wsdl (as served: itests/target/wsdl)", List.of(), notTheContract);
    }

    /**
     * The OpenAPI document compared by {@link OpenApiShape} with {@code contracts/openapi-2026-12-07.json},
     * the document as it was written by hand before the kinds' parts were generated: every
     * difference is listed in the fenced block of docs/rest-changes.md, and no more.
     */
    @Test
    public void everyChangeOfTheApiDocumentIsDocumented() throws Exception {
        awaitUp();
        List<String> served = OpenApiShape.of(get("/api/v1/openapi.json").json());
        List<String> first = OpenApiShape.of(JSON.readTree(contracts().resolve("openapi-2026-12-07.json").toFile()));
        assertDocumented("the first API document", first, served, "rest-changes");
    }

    /**
     * The lines of {@code served} that {@code first} lacks ({@code +}) and the other way round
     * ({@code -}) are exactly those of the fenced block of {@code docs/<page>.md}. When they are not,
     * the whole list is left in {@code itests/target/<page>.txt}, to review and paste: an assertion
     * message would be cut.
     */
    private static void assertDocumented(String what, Collection<String> first, Collection<String> served, String page)
            throws IOException {
        TreeSet<String> changes = new TreeSet<>();
        first.stream().filter(line -> !served.contains(line)).forEach(line -> changes.add("- " + line));
        served.stream().filter(line -> !first.contains(line)).forEach(line -> changes.add("+ " + line));
        List<String> documented = documentedChanges("docs/" + page + ".md");
        if (!documented.equals(new ArrayList<>(changes))) {
            Files.write(repository("itests/target/" + page + ".txt"), changes, StandardCharsets.UTF_8);
        }
        assertEquals("changes since " + what + ", against those docs/" + page + ".md lists (all: itests/target/" + page + ".txt)",
                documented, new ArrayList<>(changes));
    }

    static Path contracts() {
        return repository("itests/src/test/resources/contracts");
    }

    /** The lines of the fenced {@code diff} block in {@code page}, sorted. */
    private static List<String> documentedChanges(String page) throws IOException {
        List<String> doc = Files.readAllLines(repository(page), StandardCharsets.UTF_8);
        int at = doc.indexOf("```diff");
        if (at < 0) {
            throw new AssertionError(page + " has no ```diff block");
        }
        TreeSet<String> listed = new TreeSet<>();
        for (at++; !doc.get(at).startsWith("```"); at++) {
            listed.add(doc.get(at));
        }
        return new ArrayList<>(listed);
    }
}
