package tramita.keycloak.securitycode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecurityCodeHashTest {

    private static final String CODE = "Ab3$efGh1!jK";
    private static final int FAST = 10; // iterations: the scheme, not the cost, is under test

    private static String at(String code, int... positions) {
        StringBuilder out = new StringBuilder();
        for (int p : positions) {
            out.append(code.charAt(p - 1));
        }
        return out.toString();
    }

    @Test
    void triplesAreNumberedInLexicographicOrder() {
        Set<Integer> seen = new HashSet<>();
        int expected = 0;
        for (int a = 1; a <= 12; a++) {
            for (int b = a + 1; b <= 12; b++) {
                for (int c = b + 1; c <= 12; c++) {
                    assertEquals(expected++, SecurityCodeHash.tripleIndex(a, b, c));
                    seen.add(SecurityCodeHash.tripleIndex(a, b, c));
                }
            }
        }
        assertEquals(220, seen.size());
        assertEquals(0, SecurityCodeHash.tripleIndex(1, 2, 3));
        assertEquals(219, SecurityCodeHash.tripleIndex(10, 11, 12));
    }

    @Test
    void theRightCharactersAtAnyThreePositionsAreAccepted() {
        SecurityCodeHash.Stored stored = SecurityCodeHash.create(CODE, FAST, new SecureRandom());
        for (int a = 1; a <= 12; a++) {
            for (int b = a + 1; b <= 12; b++) {
                for (int c = b + 1; c <= 12; c++) {
                    int[] positions = {a, b, c};
                    assertTrue(SecurityCodeHash.verify(stored, positions, at(CODE, a, b, c)), Arrays.toString(positions));
                }
            }
        }
    }

    @Test
    void wrongCaseOrderOrCharacterIsRefused() {
        SecurityCodeHash.Stored stored = SecurityCodeHash.create(CODE, FAST, new SecureRandom());
        int[] positions = {1, 2, 10};
        assertEquals("Ab!", at(CODE, 1, 2, 10));
        assertTrue(SecurityCodeHash.verify(stored, positions, "Ab!"));
        assertFalse(SecurityCodeHash.verify(stored, positions, "ab!"), "case-sensitive");
        assertFalse(SecurityCodeHash.verify(stored, positions, "AB!"), "case-sensitive");
        assertFalse(SecurityCodeHash.verify(stored, positions, "bA!"), "order matters");
        assertFalse(SecurityCodeHash.verify(stored, positions, "Ab?"));
        assertFalse(SecurityCodeHash.verify(stored, new int[] {1, 2, 11}, "Ab!"), "other positions");
    }

    @Test
    void malformedQuestionsOrAnswersAreRefused() {
        SecurityCodeHash.Stored stored = SecurityCodeHash.create(CODE, FAST, new SecureRandom());
        assertFalse(SecurityCodeHash.verify(stored, new int[] {1, 2, 3}, "Ab"));
        assertFalse(SecurityCodeHash.verify(stored, new int[] {1, 2, 3}, "Ab3$"));
        assertFalse(SecurityCodeHash.verify(stored, new int[] {1, 2, 3}, null));
        assertFalse(SecurityCodeHash.verify(stored, new int[] {2, 1, 3}, "bA3"));
        assertFalse(SecurityCodeHash.verify(stored, new int[] {0, 1, 2}, "xAb"));
        assertFalse(SecurityCodeHash.verify(stored, new int[] {11, 12, 13}, "!jK"));
        assertFalse(SecurityCodeHash.verify(stored, new int[] {1, 2}, "Ab"));
    }

    @Test
    void theSameCodeIsSaltedDifferentlyEachTime() {
        SecurityCodeHash.Stored one = SecurityCodeHash.create(CODE, FAST, new SecureRandom());
        SecurityCodeHash.Stored two = SecurityCodeHash.create(CODE, FAST, new SecureRandom());
        assertFalse(Arrays.equals(one.salt(), two.salt()));
        assertFalse(Arrays.equals(one.hashes(), two.hashes()));
        assertEquals(220 * 16, one.hashes().length);
    }

    @Test
    void nothingStoredContainsTheCode() {
        SecurityCodeHash.Stored stored = SecurityCodeHash.create(CODE, FAST, new SecureRandom());
        String hashes = new String(stored.hashes(), StandardCharsets.ISO_8859_1);
        for (int a = 1; a <= 10; a++) {
            assertFalse(hashes.contains(CODE.substring(a - 1, a + 2)));
        }
    }

    @Test
    void aCodeThatBreaksTheRulesIsNotHashed() {
        assertThrows(IllegalArgumentException.class, () -> SecurityCodeHash.create("short1!", FAST, new SecureRandom()));
        assertThrows(IllegalArgumentException.class, () -> SecurityCodeHash.create("abcdefghij12", FAST, new SecureRandom()));
    }

    @Test
    void storedValuesAreCheckedForShape() {
        assertThrows(IllegalArgumentException.class, () -> new SecurityCodeHash.Stored(new byte[16], 1, new byte[10]));
        assertThrows(IllegalArgumentException.class, () -> new SecurityCodeHash.Stored(new byte[8], 1, new byte[3520]));
        assertThrows(IllegalArgumentException.class, () -> new SecurityCodeHash.Stored(new byte[16], 0, new byte[3520]));
    }

    @Test
    void theDefaultCostStaysUsableAtLogin() {
        // One check derives one hash; a setup derives 220. Report the cost on this machine.
        long t0 = System.nanoTime();
        SecurityCodeHash.Stored stored = SecurityCodeHash.create(CODE, SecurityCodeHash.DEFAULT_ITERATIONS, new SecureRandom());
        long t1 = System.nanoTime();
        assertTrue(SecurityCodeHash.verify(stored, new int[] {3, 4, 12}, at(CODE, 3, 4, 12)));
        long t2 = System.nanoTime();
        System.out.printf("security code: setup %d ms, one check %.1f ms (%d iterations)%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1e6, SecurityCodeHash.DEFAULT_ITERATIONS);
        assertArrayEquals(stored.salt(), stored.salt().clone());
    }
}
