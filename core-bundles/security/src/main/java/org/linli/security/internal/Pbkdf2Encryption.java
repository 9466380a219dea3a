package org.linli.security.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.apache.karaf.jaas.modules.Encryption;
import org.apache.karaf.jaas.modules.EncryptionService;
import org.osgi.service.component.annotations.Component;

/**
 * Karaf JAAS password encryption {@code pbkdf2} (algorithm {@code pbkdf2-sha256}): PBKDF2 with
 * HMAC-SHA-256, a random 16-byte salt per password and 600,000 iterations (OWASP's figure for
 * PBKDF2-HMAC-SHA-256), stored as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64). A
 * stolen user table then costs an attacker that much work per guess and per user, which a plain
 * digest does not.
 */
@Component(property = "name=pbkdf2")
public class Pbkdf2Encryption implements EncryptionService, Encryption {
    static final String SCHEME = "pbkdf2-sha256";
    static final int ITERATIONS = 600_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Only for {@code encryption.algorithm = pbkdf2-sha256}: a realm that names no encryption
     * service is offered every one, and must keep getting Karaf's own digest.
     */
    @Override
    public Encryption createEncryption(Map<String, String> params) {
        return SCHEME.equals(params.get("algorithm")) ? this : null;
    }

    @Override
    public String encryptPassword(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + ITERATIONS + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(password, salt, ITERATIONS));
    }

    @Override
    public boolean checkPassword(String provided, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0]) || provided == null) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return iterations > 0 && MessageDigest.isEqual(expected, derive(provided, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
