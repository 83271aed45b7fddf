package org.lowshire.portal.shared;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Bundle texts for places outside a Faces view (REST problems, PDFs): the partnership's English. */
public final class Texts {

    private Texts() {}

    public static String text(String key) {
        try {
            return ResourceBundle.getBundle("i18n.messages", Locale.UK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
