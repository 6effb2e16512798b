package tramita.keycloak.securitycode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import tramita.keycloak.securitycode.SecurityCodeRules.Violation;

class SecurityCodeRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Abcdef1!ghij", "a1!a1!a1!a1!", "ZZZZZZZZZZ9~", "9~Z_________", "P4ss-W0rd#12"})
    void twelveCharactersWithALetterADigitAndASymbolAreAccepted(String code) {
        assertEquals(Optional.empty(), SecurityCodeRules.check(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Abcdef1!ghi", "Abcdef1!ghijk", "A1!", "Abcdef1!ghij Abcdef1!ghij"})
    void anythingButTwelveCharactersBreaksTheLengthRule(String code) {
        assertEquals(Optional.of(Violation.LENGTH), SecurityCodeRules.check(code));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "123456789!@#|LETTER",
        "abcdefghij!@|DIGIT",
        "ABCDEFGHIJ!@|DIGIT",
        "abcdefghij12|SYMBOL",
        "abc def1!ghi|CHARACTERS",
        "ábcdef1!ghij|CHARACTERS",
        "Abcdef1!gh€j|CHARACTERS",
    })
    void eachClassIsRequiredAndOnlyAsciiLettersDigitsAndSymbolsAreAllowed(String code, Violation expected) {
        assertEquals(Optional.of(expected), SecurityCodeRules.check(code));
    }

    @Test
    void controlCharactersAreRefused() {
        assertEquals(Optional.of(Violation.CHARACTERS), SecurityCodeRules.check("Abcdef1!ghi\t"));
        assertEquals(Optional.of(Violation.CHARACTERS), SecurityCodeRules.check("Abcdef1!ghi\u0000"));
    }

    @Test
    void symbolsAreThe32PrintableAsciiPunctuationCharacters() {
        StringBuilder symbols = new StringBuilder();
        for (char c = 0; c < 256; c++) {
            if (SecurityCodeRules.isSymbol(c)) {
                symbols.append(c);
            }
        }
        assertEquals("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", symbols.toString());
        assertFalse(SecurityCodeRules.isSymbol(' '));
    }

    @Test
    void threeDistinctAscendingPositionsBetweenOneAndTwelveArePicked() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            int[] positions = SecurityCodeRules.pickPositions(random);
            assertEquals(3, positions.length);
            assertTrue(positions[0] >= 1 && positions[2] <= 12);
            assertTrue(positions[0] < positions[1] && positions[1] < positions[2]);
        }
    }

    @Test
    void everyPositionAndEveryTripleComesUpAboutEquallyOften() {
        Random random = new Random(11);
        int draws = 120_000;
        int[] perPosition = new int[13];
        int[] perTriple = new int[SecurityCodeHash.TRIPLES];
        for (int i = 0; i < draws; i++) {
            int[] p = SecurityCodeRules.pickPositions(random);
            for (int position : p) {
                perPosition[position]++;
            }
            perTriple[SecurityCodeHash.tripleIndex(p[0], p[1], p[2])]++;
        }
        double perPositionExpected = draws * 3 / 12.0; // 30 000
        for (int position = 1; position <= 12; position++) {
            double ratio = perPosition[position] / perPositionExpected;
            assertTrue(ratio > 0.97 && ratio < 1.03, "position " + position + " drawn " + perPosition[position]);
        }
        double perTripleExpected = draws / 220.0; // ~545
        for (int t = 0; t < SecurityCodeHash.TRIPLES; t++) {
            double ratio = perTriple[t] / perTripleExpected;
            assertTrue(ratio > 0.8 && ratio < 1.2, "triple " + t + " drawn " + perTriple[t]);
        }
    }

    @Test
    void positionsRoundTripThroughTheSessionNote() {
        int[] positions = {2, 5, 11};
        assertEquals("2,5,11", SecurityCodeRules.formatPositions(positions));
        assertArrayEquals(positions, SecurityCodeRules.parsePositions("2,5,11").orElseThrow());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1,1,2", "0,3,4", "3,2,1", "1,2", "1,2,3,4", "a,b,c", "1,2,13", "1,,3", "-1,2,3"})
    void aTamperedOrMalformedNoteIsRefused(String note) {
        assertTrue(SecurityCodeRules.parsePositions(note).isEmpty());
    }

    @Test
    void constantTimeEqualsComparesWholeArrays() {
        byte[] a = {1, 2, 3, 4, 5, 6, 7, 8};
        assertTrue(SecurityCodeRules.constantTimeEquals(a, a.clone()));
        byte[] lastDiffers = a.clone();
        lastDiffers[7] = 9;
        byte[] firstDiffers = a.clone();
        firstDiffers[0] = 9;
        assertFalse(SecurityCodeRules.constantTimeEquals(a, lastDiffers));
        assertFalse(SecurityCodeRules.constantTimeEquals(a, firstDiffers));
        assertFalse(SecurityCodeRules.constantTimeEquals(a, new byte[] {1, 2, 3}));
        assertTrue(SecurityCodeRules.constantTimeEquals(new byte[0], new byte[0]));
    }

    @Test
    void constantTimeEqualsTakesAboutAsLongWhereverTheDifferenceIs() {
        // A coarse guard against an early-exit comparison: comparing long arrays that differ
        // in the first byte must not be much faster than when they differ in the last.
        byte[] a = new byte[1 << 16];
        new Random(3).nextBytes(a);
        byte[] first = a.clone();
        first[0] ^= 1;
        byte[] last = a.clone();
        last[last.length - 1] ^= 1;
        for (int warm = 0; warm < 2_000; warm++) {
            SecurityCodeRules.constantTimeEquals(a, first);
            SecurityCodeRules.constantTimeEquals(a, last);
        }
        long firstNanos = Long.MAX_VALUE;
        long lastNanos = Long.MAX_VALUE;
        for (int round = 0; round < 200; round++) {
            long t0 = System.nanoTime();
            SecurityCodeRules.constantTimeEquals(a, first);
            long t1 = System.nanoTime();
            SecurityCodeRules.constantTimeEquals(a, last);
            long t2 = System.nanoTime();
            firstNanos = Math.min(firstNanos, t1 - t0);
            lastNanos = Math.min(lastNanos, t2 - t1);
        }
        // An early exit would make the first case ~1000x faster; allow generous noise.
        assertTrue(firstNanos * 10 > lastNanos, "differs-first " + firstNanos + " ns vs differs-last " + lastNanos + " ns");
    }

    @Test
    void violationsNameTheirMessages() {
        Set<String> keys = new HashSet<>();
        for (Violation v : Violation.values()) {
            assertTrue(v.messageKey().startsWith("tramitaSecurityCode"));
            keys.add(v.messageKey());
        }
        assertEquals(Violation.values().length, keys.size());
    }
}
