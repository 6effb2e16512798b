package tramita.keycloak.securitycode;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The rules of the security code (PRODUCT §3.5, IMI 003 §3.2): exactly 12 characters, at
 * least one letter, one digit and one symbol; later logins ask 3 randomly chosen positions.
 *
 * <p>Letters are A-Z and a-z, digits 0-9, symbols the other printable ASCII characters
 * ({@code !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~}); spaces and other characters are refused so
 * that every character can be typed on any keyboard into a one-character box.
 */
public final class SecurityCodeRules {

    public static final int LENGTH = 12;
    public static final int ASKED = 3;

    /** A broken rule, with the message key the login pages show for it. */
    public enum Violation {
        LENGTH("tramitaSecurityCodeLength"),
        CHARACTERS("tramitaSecurityCodeCharacters"),
        LETTER("tramitaSecurityCodeLetter"),
        DIGIT("tramitaSecurityCodeDigit"),
        SYMBOL("tramitaSecurityCodeSymbol");

        private final String messageKey;

        Violation(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private SecurityCodeRules() {
    }

    /** The first rule the code breaks (in the order of {@link Violation}), if any. */
    public static Optional<Violation> check(String code) {
        if (code == null || code.length() != LENGTH) {
            return Optional.of(Violation.LENGTH);
        }
        boolean letter = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (isLetter(c)) {
                letter = true;
            } else if (isDigit(c)) {
                digit = true;
            } else if (isSymbol(c)) {
                symbol = true;
            } else {
                return Optional.of(Violation.CHARACTERS);
            }
        }
        if (!letter) {
            return Optional.of(Violation.LETTER);
        }
        if (!digit) {
            return Optional.of(Violation.DIGIT);
        }
        if (!symbol) {
            return Optional.of(Violation.SYMBOL);
        }
        return Optional.empty();
    }

    public static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Printable ASCII other than letters, digits and the space. */
    public static boolean isSymbol(char c) {
        return c > ' ' && c <= '~' && !isLetter(c) && !isDigit(c);
    }

    /** {@link #ASKED} distinct positions in 1..{@link #LENGTH}, ascending, chosen uniformly. */
    public static int[] pickPositions(RandomGenerator random) {
        // A partial Fisher-Yates shuffle of 1..LENGTH: every 3-subset is equally likely.
        int[] all = new int[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            all[i] = i + 1;
        }
        for (int i = 0; i < ASKED; i++) {
            int j = i + random.nextInt(LENGTH - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        int[] picked = Arrays.copyOf(all, ASKED);
        Arrays.sort(picked);
        return picked;
    }

    /** "2,5,11": how positions are kept in the authentication session. */
    public static String formatPositions(int[] positions) {
        StringBuilder out = new StringBuilder();
        for (int p : positions) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(p);
        }
        return out.toString();
    }

    /** The positions of {@link #formatPositions}, or empty when the note is not valid. */
    public static Optional<int[]> parsePositions(String note) {
        if (note == null) {
            return Optional.empty();
        }
        String[] parts = note.split(",", -1);
        if (parts.length != ASKED) {
            return Optional.empty();
        }
        int[] positions = new int[ASKED];
        try {
            for (int i = 0; i < ASKED; i++) {
                positions[i] = Integer.parseInt(parts[i]);
                if (positions[i] < 1 || positions[i] > LENGTH || (i > 0 && positions[i] <= positions[i - 1])) {
                    return Optional.empty();
                }
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(positions);
    }

    /**
     * Equality whose running time does not depend on where the inputs differ (only on
     * their lengths), so answers cannot be guessed byte by byte from response times.
     */
    public static boolean constantTimeEquals(byte[] expected, byte[] actual) {
        return MessageDigest.isEqual(expected, actual);
    }
}
