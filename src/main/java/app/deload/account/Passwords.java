package app.deload.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be (NIST SP 800-63B, section 5.1.1.2): 10 to 200 characters, not the username, and
 * not a commonly used or easily guessed password. Common means: on the shipped list of common passwords, a
 * common word or name with digits or symbols around it ("Password2024!", "d3l0ad123"), a keyboard or
 * alphabet run ("qwertyuiop", "1234567890"), or fewer than four different characters ("aaaaaaaaaa").
 * No composition rules and no expiry, as the guideline says.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    /** Every password form shows this beside the field. */
    public static final String HINT = "At least 10 characters; not your username, not a common password. "
            + "A few unrelated words make a good one.";

    private static final Set<String> COMMON = load("common-passwords.txt");
    private static final Set<String> COMMON_WORDS = load("common-password-words.txt");
    private static final String[] RUNS = { "1234567890", "0987654321", "abcdefghijklmnopqrstuvwxyz",
            "qwertyuiop", "asdfghjkl", "zxcvbnm", "qwertzuiop", "azertyuiop", "1qaz2wsx3edc4rfv5tgb",
            "zaq12wsxcde34rfv", "qazwsxedcrfvtgb", "1q2w3e4r5t6y7u8i9o0p" };

    private Passwords() {
    }

    /** Why this password is refused for this username, or empty when it may be used. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Optional.of("Use 10 to 200 characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && (lower.contains(name) || deleet(lower).contains(deleet(name)))) {
            return Optional.of("Do not use your username in your password.");
        }
        if (isCommon(lower)) {
            return Optional.of("This is one of the most common passwords, which attackers try first. "
                    + "Choose another, e.g. a few unrelated words.");
        }
        return Optional.empty();
    }

    static boolean isCommon(String lower) {
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4 || isRun(lower)) {
            return true;
        }
        String core = core(lower);
        if (core.isEmpty()) {
            return false;
        }
        String word = deleet(core);
        return isRun(core) || COMMON.contains(core) || COMMON_WORDS.contains(core) || COMMON_WORDS.contains(word)
                || isRepeat(word);
    }

    /** The password without the digits and symbols around it: "!!Password2024" → "password". */
    static String core(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }

    /** Undoes the usual letter-for-digit swaps: "p@ssw0rd" → "password". */
    static String deleet(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            plain.append(switch (c) {
                case '@', '4' -> 'a';
                case '3' -> 'e';
                case '1', '!' -> 'i';
                case '0' -> 'o';
                case '$', '5' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return plain.toString();
    }

    /** A stretch of a keyboard row, the alphabet or the digits, forwards or backwards, at least 6 long. */
    static boolean isRun(String text) {
        if (text.length() < 6) {
            return false;
        }
        for (String run : RUNS) {
            if (run.contains(text) || new StringBuilder(run).reverse().toString().contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** The same short piece again and again: "abcabcabc", "loveloveLove". */
    private static boolean isRepeat(String text) {
        for (int size = 1; size <= text.length() / 2; size++) {
            if (text.length() % size == 0 && text.substring(0, size).repeat(text.length() / size).equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load(String resource) {
        Set<String> entries = new HashSet<>();
        try (InputStream in = Passwords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip().toLowerCase(Locale.ROOT);
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(entries);
    }
}
