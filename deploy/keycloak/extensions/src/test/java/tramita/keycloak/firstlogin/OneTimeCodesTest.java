package tramita.keycloak.firstlogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class OneTimeCodesTest {

    @Test
    void codesHaveSixDigitsKeepingLeadingZeros() {
        RandomGenerator fortyTwo = new RandomGenerator() {
            @Override
            public long nextLong() {
                return 42;
            }

            @Override
            public int nextInt(int bound) {
                return 42;
            }
        };
        assertEquals("000042", OneTimeCodes.generate(fortyTwo));
        Random random = new Random(5);
        for (int i = 0; i < 1000; i++) {
            assertTrue(OneTimeCodes.generate(random).matches("[0-9]{6}"));
        }
    }

    @Test
    void onlyTheDigestIsKeptAndItMatchesTheCode() {
        String salt = OneTimeCodes.newSalt(new Random(1));
        String digest = OneTimeCodes.digest(salt, "012345");
        assertFalse(digest.contains("012345"));
        assertTrue(OneTimeCodes.matches("012345", salt, digest));
        assertTrue(OneTimeCodes.matches(" 012 345 ", salt, digest));
        assertTrue(OneTimeCodes.matches("012-345", salt, digest));
        assertFalse(OneTimeCodes.matches("012346", salt, digest));
        assertFalse(OneTimeCodes.matches("12345", salt, digest));
        assertFalse(OneTimeCodes.matches("0123456", salt, digest));
        assertFalse(OneTimeCodes.matches("01234a", salt, digest));
        assertFalse(OneTimeCodes.matches(null, salt, digest));
        assertFalse(OneTimeCodes.matches("012345", null, digest));
        assertFalse(OneTimeCodes.matches("012345", salt, null));
        assertNotEquals(digest, OneTimeCodes.digest(OneTimeCodes.newSalt(new Random(2)), "012345"), "salted");
    }

    @Test
    void destinationsAreMasked() {
        assertEquals("d***@tramita.invalid", OneTimeCodes.maskEmail("demo.user@tramita.invalid"));
        assertEquals("***", OneTimeCodes.maskEmail("no-at-sign"));
        assertEquals("", OneTimeCodes.maskEmail(null));
        assertEquals("***789", OneTimeCodes.maskPhone("+351 912 345 789"));
        assertEquals("***12", OneTimeCodes.maskPhone("12"));
        assertEquals("", OneTimeCodes.maskPhone(""));
    }
}
