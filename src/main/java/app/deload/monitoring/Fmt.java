package app.deload.monitoring;

/** Number formatting for reason sentences: locale-independent and cheap (String.format is too slow per day). */
final class Fmt {
    private Fmt() {
    }

    static String d0(double x) {
        return fixed(x, 0);
    }

    static String d1(double x) {
        return fixed(x, 1);
    }

    static String d2(double x) {
        return fixed(x, 2);
    }

    /** Up to three decimals, trailing zeros dropped: for user-entered values such as 35.2 or 4.45. */
    static String trim(double x) {
        String s = fixed(x, 3);
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    /** {@code decimals} (0–9) fixed digits, rounded half away from zero; never a negative zero. */
    static String fixed(double x, int decimals) {
        if (decimals < 0 || decimals > 9) {
            throw new IllegalArgumentException("0–9 decimals, not " + decimals);
        }
        if (!Double.isFinite(x)) {
            return String.valueOf(x);
        }
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(x) * scale);
        char[] digits = Long.toString(scaled).toCharArray();
        boolean negative = x < 0 && scaled != 0;
        int integerDigits = Math.max(1, digits.length - decimals);
        char[] out = new char[(negative ? 1 : 0) + integerDigits + (decimals > 0 ? 1 + decimals : 0)];
        int pos = 0;
        if (negative) {
            out[pos++] = '-';
        }
        // Left-pad with zeros so that, e.g., 5 scaled by 100 reads 0.05.
        int padded = integerDigits + decimals;
        for (int i = 0; i < padded; i++) {
            if (i == integerDigits) {
                out[pos++] = '.';
            }
            int source = i - (padded - digits.length);
            out[pos++] = source < 0 ? '0' : digits[source];
        }
        return new String(out);
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    static String plural(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
