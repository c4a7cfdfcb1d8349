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

    static String fixed(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return String.valueOf(x);
        }
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(x) * scale);
        String sign = x < 0 && scaled != 0 ? "-" : "";
        if (decimals == 0) {
            return sign + scaled;
        }
        String fraction = Long.toString(scaled % scale);
        StringBuilder out = new StringBuilder(sign).append(scaled / scale).append('.');
        for (int i = fraction.length(); i < decimals; i++) {
            out.append('0');
        }
        return out.append(fraction).toString();
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
