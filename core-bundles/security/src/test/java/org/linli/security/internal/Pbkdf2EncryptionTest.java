package org.linli.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class Pbkdf2EncryptionTest {
    private final Pbkdf2Encryption encryption = new Pbkdf2Encryption();

    @Test
    public void aStoredPasswordChecksOnlyAgainstItself() {
        String stored = encryption.encryptPassword("s3cret-王");
        assertTrue(stored.startsWith("pbkdf2-sha256$600000$"));
        assertEquals(4, stored.split("\\$").length);
        assertTrue(encryption.checkPassword("s3cret-王", stored));
        assertFalse(encryption.checkPassword("s3cret-玉", stored));
        assertFalse(encryption.checkPassword("", stored));
    }

    @Test
    public void offersItselfOnlyWhenAskedForByAlgorithm() {
        assertEquals(encryption, encryption.createEncryption(java.util.Map.of("algorithm", "pbkdf2-sha256")));
        assertEquals(null, encryption.createEncryption(java.util.Map.of("algorithm", "SHA-256", "encoding", "hexadecimal")));
        assertEquals(null, encryption.createEncryption(java.util.Map.of()));
    }

    @Test
    public void everyPasswordGetsItsOwnSalt() {
        assertNotEquals(encryption.encryptPassword("same"), encryption.encryptPassword("same"));
    }

    @Test
    public void malformedStoredValuesNeverMatch() {
        for (String stored : new String[] {null, "", "plain", "pbkdf2-sha256$0$AAAA$AAAA", "pbkdf2-sha256$x$AAAA$AAAA",
                "md5$1$AAAA$AAAA", "pbkdf2-sha256$1$!!$AAAA"}) {
            assertFalse(String.valueOf(stored), encryption.checkPassword("plain", stored));
        }
    }
}
