package tramita.keycloak.firstlogin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.random.RandomGenerator;

/** The one-time code of the first login: 6 digits, kept only as a salted digest. */
public final class OneTimeCodes {

    public static final int DIGITS = 6;

    private OneTimeCodes() {
    }

    /** A uniformly random code of {@value #DIGITS} digits (leading zeros kept). */
    public static String generate(RandomGenerator random) {
        return String.format("%0" + DIGITS + "d", random.nextInt(1_000_000));
    }

    public static String newSalt(RandomGenerator random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return Base64.getEncoder().encodeToString(salt);
    }

    /** What the authentication session keeps instead of the code. */
    public static String digest(String salt, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) ':');
            sha.update(code.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Spaces and dashes a person may type are ignored; the rest must be the 6 digits. */
    public static String normalize(String input) {
        return input == null ? "" : input.replaceAll("[\\s-]", "");
    }

    /** Whether {@code input} is the code whose digest is {@code expected}; constant time. */
    public static boolean matches(String input, String salt, String expected) {
        String code = normalize(input);
        if (salt == null || expected == null || !code.matches("[0-9]{" + DIGITS + "}")) {
            return false;
        }
        return MessageDigest.isEqual(
                Base64.getDecoder().decode(expected), Base64.getDecoder().decode(digest(salt, code)));
    }

    /** "d***@tramita.invalid": enough for the person to recognise the address. */
    public static String maskEmail(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** "***789": the last 3 digits of the number. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return "***" + digits.substring(Math.max(0, digits.length() - 3));
    }
}
