package org.lowshire.portal.ui;

import org.lowshire.portal.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Fills forms the way a person reads them: by the visible label of each field. */
final class FormFiller {

    private final Browser browser;

    FormFiller(Browser browser) {
        this.browser = browser;
    }

    private WebElement field(String label) {
        WebElement l = browser.waitFor(By.xpath("//label[normalize-space()=" + literal(label) + "]"));
        return browser.driver().findElement(By.id(l.getAttribute("for")));
    }

    void fill(String label, String value) {
        WebElement f = field(label);
        f.clear();
        f.sendKeys(value);
    }

    /** Ticks a checkbox or radio by its label (leaves a ticked checkbox ticked). */
    void check(String label) {
        WebElement f = field(label);
        if (!f.isSelected()) {
            f.click();
        }
    }

    void choose(String label, String option) {
        new Select(field(label)).selectByVisibleText(option);
    }

    private static String literal(String s) {
        return s.contains("'") ? "\"" + s + "\"" : "'" + s + "'";
    }
}
