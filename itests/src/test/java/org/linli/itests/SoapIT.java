package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;
import javax.xml.ws.soap.SOAPFaultException;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.w3c.dom.Node;

/**
 * The SOAP door through its WSDL: a JAX-WS client is built from the published WSDL and calls
 * the operations it describes, against the same services the REST door uses.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SoapIT extends LinliTestSupport {
    @Before
    public void platformIsUp() throws InterruptedException {
        awaitUp();
    }

    @Test
    public void wsdlDescribesTheOperations() {
        Answer wsdl = get("/soap/residents?wsdl");
        assertEquals(200, wsdl.status());
        for (String operation : new String[] {"createResident", "getResident", "findResidents", "createHousehold", "LinliFault"}) {
            assertTrue(operation + " in the WSDL", wsdl.body().contains("\"" + operation + "\""));
        }
        assertTrue(wsdl.body().contains("location=\"" + base() + "/soap/residents\""));
        Answer territory = get("/soap/territory?wsdl");
        assertEquals(200, territory.status());
        assertTrue(territory.body().contains("\"findNodes\""));
    }

    @Test
    public void badCheckDigitIsAFaultNamingTheFieldAndStoresNothing() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        String bad = withWrongCheck(freshIdNumber());
        try {
            invoke("residents", "createResident",
                    "<resident><idNumber>" + bad + "</idNumber><name>钱七</name><dwellingId>" + tree.dwelling
                            + "</dwellingId></resident>");
            fail("a wrong check digit must be refused");
        } catch (SOAPFaultException e) {
            Node detail = detail(e);
            assertEquals("invalid-input", text(detail, "//*[local-name()='kind']"));
            assertEquals("idNumber", text(detail, "//*[local-name()='error']/*[local-name()='field']"));
            assertEquals("check_digit", text(detail, "//*[local-name()='error']/*[local-name()='code']"));
            // Bad input is the caller's fault, not the server's.
            assertTrue(e.getFault().getFaultCode(), e.getFault().getFaultCode().endsWith("Client"));
        }
        assertEquals(0, get("/api/v1/residents?idNumber=" + bad).json().path("total").asLong());
    }

    @Test
    public void residentStoredThroughRestIsFoundThroughSoapAndBack() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        String idNumber = freshIdNumber();
        long id = RestIT.id(post("/api/v1/residents", RestIT.resident(idNumber, "孙八", tree.dwelling)));

        Node found = invoke("residents", "findResidents", "<idNumber>" + idNumber + "</idNumber>");
        assertEquals("1", text(found, "//*[local-name()='result']/*[local-name()='total']"));
        assertEquals(String.valueOf(id), text(found, "//*[local-name()='item']/*[local-name()='id']"));
        Node got = invoke("residents", "getResident", "<id>" + id + "</id>");
        assertEquals("孙八", text(got, "//*[local-name()='resident']/*[local-name()='name']"));
        assertEquals("", text(got, "//*[local-name()='resident']/*[local-name()='birthDate']"));
        Node revealed = invoke("residents", "revealResident", "<id>" + id + "</id><reason>核对</reason>");
        assertEquals(idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14),
                text(revealed, "//*[local-name()='resident']/*[local-name()='birthDate']"));

        String second = freshIdNumber();
        Node created = invoke("residents", "createResident",
                "<resident><idNumber>" + second + "</idNumber><name>周九</name><dwellingId>" + tree.dwelling
                        + "</dwellingId></resident>");
        String createdId = text(created, "//*[local-name()='resident']/*[local-name()='id']");
        assertEquals("周九", get("/api/v1/residents/" + createdId).json().path("name").asText());

        Node inTree = invoke("territory", "findNodes", "<withinId>" + tree.district + "</withinId><level>DWELLING</level>");
        assertEquals(String.valueOf(tree.dwelling), text(inTree, "//*[local-name()='item']/*[local-name()='id']"));
    }

    /**
     * A search pages by the id its last page ended with, through a hand-written operation and a
     * generated one alike, and holds what its numbered pages hold; both at once is a fault on after.
     */
    @Test
    public void searchesPageByTheIdTheLastPageEndedWith() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        StaffIT.worker(tree.community, "键集甲");
        StaffIT.worker(tree.community, "键集乙");
        String nodes = "<withinId>" + tree.community + "</withinId><size>1</size>";
        String workers = "<filter><name>nodeId</name><value>" + tree.community + "</value></filter><size>1</size>";
        String id = "//*[local-name()='item']/*[local-name()='id']";
        for (String[] search : new String[][] {{"territory", "findNodes", nodes, "3"}, {"staff", "findWorkers", workers, "2"}}) {
            List<String> numbered = new ArrayList<>();
            List<String> keyset = new ArrayList<>();
            String after = "0";
            for (int page = 0; page < Integer.parseInt(search[3]); page++) {
                numbered.add(text(invoke(search[0], search[1], search[2] + "<page>" + page + "</page>"), id));
                after = text(invoke(search[0], search[1], search[2] + "<after>" + after + "</after>"), id);
                keyset.add(after);
            }
            assertEquals(search[1], "", text(invoke(search[0], search[1], search[2] + "<after>" + after + "</after>"), id));
            numbered.sort(java.util.Comparator.comparingLong(Long::parseLong));
            assertEquals(search[1], numbered, keyset);
            try {
                invoke(search[0], search[1], search[2] + "<page>1</page><after>" + keyset.get(0) + "</after>");
                fail(search[1] + ": page and after together must be refused");
            } catch (SOAPFaultException e) {
                assertEquals("after", text(detail(e), "//*[local-name()='error']/*[local-name()='field']"));
            }
        }
    }

    @Test
    public void aWsSecurityUsernameTokenAuthenticatesWithoutBasic() {
        String header = "<soap:Header><wsse:Security soap:mustUnderstand=\"1\" xmlns:wsse=\""
                + "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\"><wsse:UsernameToken>"
                + "<wsse:Username>%s</wsse:Username><wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/"
                + "oasis-200401-wss-username-token-profile-1.0#PasswordText\">%s</wsse:Password></wsse:UsernameToken>"
                + "</wsse:Security></soap:Header>";
        String body = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">%s<soap:Body>"
                + "<ns:findNodes xmlns:ns=\"" + NS + "\"><size>1</size></ns:findNodes></soap:Body></soap:Envelope>";
        Answer ok = call("POST", "/soap/territory", String.format(body, String.format(header, "demo", "demo")), null, null);
        assertEquals(ok.toString(), 200, ok.status());
        assertTrue(ok.body().contains("findNodesResponse"));
        assertEquals(401, call("POST", "/soap/territory", String.format(body, String.format(header, "demo", "wrong")), null, null)
                .status());
        assertEquals(401, call("POST", "/soap/territory", String.format(body, ""), null, null).status());
        assertEquals(401, call("GET", "/soap/territory?wsdl", null, null, null).status());
    }

    @Test
    public void unknownResidentIsANotFoundFault() throws Exception {
        try {
            invoke("residents", "getResident", "<id>987654321</id>");
            fail("an unknown resident must be a fault");
        } catch (SOAPFaultException e) {
            assertEquals("not-found", text(detail(e), "//*[local-name()='kind']"));
            assertEquals("soap:Client", e.getFault().getFaultCode().replaceFirst("^[^:]*:", "soap:"));
        }
    }
}
