package org.lowshire.portal.person;

import java.util.Locale;
import java.util.regex.Pattern;

/** The UK postcode inside an address as typed, normalised (upper case, no spaces), or null when there is none. */
public final class Postcodes {

    private static final Pattern POSTCODE =
            Pattern.compile("\\b([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})\\b", Pattern.CASE_INSENSITIVE);

    private Postcodes() {}

    public static String in(String address) {
        if (address == null) {
            return null;
        }
        var m = POSTCODE.matcher(address);
        String last = null;
        while (m.find()) {
            last = (m.group(1) + m.group(2)).toUpperCase(Locale.UK);
        }
        return last;
    }
}
