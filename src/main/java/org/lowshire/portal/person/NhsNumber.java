package org.lowshire.portal.person;

/**
 * NHS number rules: ten digits, the last a modulus-11 check digit over the first nine (weights 10 down to 2).
 * CP-IS matching depends on it, so a mistyped number is refused rather than stored.
 */
public final class NhsNumber {

    private NhsNumber() {}

    /** The ten digits without spaces or hyphens, or null when the input is blank. */
    public static String normalise(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        return input.replaceAll("[\\s-]", "");
    }

    public static boolean isValid(String input) {
        String digits = normalise(input);
        if (digits == null || !digits.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    /** "943 476 5919" layout for display. */
    public static String format(String digits) {
        if (digits == null || digits.length() != 10) {
            return digits;
        }
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }
}
