package io.clientele.organization;

/** Organization numbers: digits only; Norwegian ones are nine digits with a modulus-11 check digit. */
public final class OrgNumbers {
    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrgNumbers() {}

    public static String normalize(String text) {
        return text == null ? "" : text.replaceAll("\\s", "");
    }

    public static boolean isValid(String digits, String country) {
        if (!digits.matches("\\d{1,20}")) {
            return false;
        }
        if (!"NO".equals(country)) {
            return true;
        }
        return digits.length() == 9 && checkDigit(digits.substring(0, 8)) == digits.charAt(8) - '0';
    }

    /** The check digit for eight leading digits, or -1 when no valid number starts with them. */
    public static int checkDigit(String eightDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eightDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }
}
