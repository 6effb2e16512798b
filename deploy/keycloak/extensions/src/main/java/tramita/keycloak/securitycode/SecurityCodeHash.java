package tramita.keycloak.securitycode;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * How a security code is kept without keeping the code: one salted PBKDF2 hash per
 * triple of positions.
 *
 * <p>A login asks 3 of the 12 characters, so whatever is stored must let 3 characters be
 * checked on their own: a single hash of the whole code cannot. Storing the characters
 * (or a reversible encryption of them) is ruled out, and a hash per character would fall
 * to 12 × 94 guesses. Instead every one of the C(12,3) = 220 position triples gets a
 * 16-byte PBKDF2-HMAC-SHA256 hash of its 3 characters (salt = a per-code random salt plus
 * the positions), and a login computes and compares exactly one of them.
 *
 * <p>The limit is inherent to asking 3 characters: they carry about 19.7 bits, so whoever
 * steals the database can recover a code with about 94³ ≈ 830 000 PBKDF2 evaluations
 * (then 94 per further character). The iteration count makes that cost minutes to hours
 * of CPU rather than milliseconds; the real protections are the password in front of it
 * and the lockout after 5 failures online.
 */
public final class SecurityCodeHash {

    public static final String ALGORITHM = "pbkdf2-sha256-triples";
    /** About 3 ms per hash on a current server core: under 1 s to set a code, a few ms to check one. */
    public static final int DEFAULT_ITERATIONS = 10000;
    public static final int HASH_BYTES = 16;
    public static final int SALT_BYTES = 16;
    public static final int TRIPLES = 220;

    private static final int[][][] INDEX = new int[SecurityCodeRules.LENGTH + 1][SecurityCodeRules.LENGTH + 1][SecurityCodeRules.LENGTH + 1];

    static {
        int next = 0;
        for (int a = 1; a <= SecurityCodeRules.LENGTH; a++) {
            for (int b = a + 1; b <= SecurityCodeRules.LENGTH; b++) {
                for (int c = b + 1; c <= SecurityCodeRules.LENGTH; c++) {
                    INDEX[a][b][c] = next++;
                }
            }
        }
        if (next != TRIPLES) {
            throw new IllegalStateException("expected " + TRIPLES + " triples, got " + next);
        }
    }

    /** What is stored for one code: salt, iteration count and the 220 concatenated hashes. */
    public record Stored(byte[] salt, int iterations, byte[] hashes) {
        public Stored {
            if (salt.length != SALT_BYTES || hashes.length != TRIPLES * HASH_BYTES || iterations < 1) {
                throw new IllegalArgumentException("not a stored security code");
            }
        }
    }

    private SecurityCodeHash() {
    }

    /** Hash a code that already satisfies {@link SecurityCodeRules#check}. */
    public static Stored create(String code, int iterations, SecureRandom random) {
        if (SecurityCodeRules.check(code).isPresent()) {
            throw new IllegalArgumentException("the security code breaks its rules");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        ByteBuffer hashes = ByteBuffer.allocate(TRIPLES * HASH_BYTES);
        for (int a = 1; a <= SecurityCodeRules.LENGTH; a++) {
            for (int b = a + 1; b <= SecurityCodeRules.LENGTH; b++) {
                for (int c = b + 1; c <= SecurityCodeRules.LENGTH; c++) {
                    char[] chars = {code.charAt(a - 1), code.charAt(b - 1), code.charAt(c - 1)};
                    hashes.put(derive(salt, iterations, a, b, c, chars));
                }
            }
        }
        return new Stored(salt, iterations, hashes.array());
    }

    /**
     * Whether {@code answer} holds the characters of the code at {@code positions}
     * (ascending, 1-based), in that order. Case-sensitive; compared in constant time.
     */
    public static boolean verify(Stored stored, int[] positions, String answer) {
        if (positions.length != SecurityCodeRules.ASKED || answer == null || answer.length() != SecurityCodeRules.ASKED) {
            return false;
        }
        int a = positions[0];
        int b = positions[1];
        int c = positions[2];
        if (a < 1 || a >= b || b >= c || c > SecurityCodeRules.LENGTH) {
            return false;
        }
        int offset = tripleIndex(a, b, c) * HASH_BYTES;
        byte[] expected = Arrays.copyOfRange(stored.hashes(), offset, offset + HASH_BYTES);
        byte[] actual = derive(stored.salt(), stored.iterations(), a, b, c, answer.toCharArray());
        return SecurityCodeRules.constantTimeEquals(expected, actual);
    }

    /** Index of the triple a &lt; b &lt; c (1-based) in lexicographic order, 0..219. */
    public static int tripleIndex(int a, int b, int c) {
        return INDEX[a][b][c];
    }

    private static byte[] derive(byte[] salt, int iterations, int a, int b, int c, char[] chars) {
        byte[] saltWithPositions = Arrays.copyOf(salt, salt.length + 3);
        saltWithPositions[salt.length] = (byte) a;
        saltWithPositions[salt.length + 1] = (byte) b;
        saltWithPositions[salt.length + 2] = (byte) c;
        PBEKeySpec spec = new PBEKeySpec(chars, saltWithPositions, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
