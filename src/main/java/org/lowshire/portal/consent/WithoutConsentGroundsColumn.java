package org.lowshire.portal.consent;

import jakarta.persistence.Converter;
import org.lowshire.portal.shared.EnumSetColumn;

/** {@link WithoutConsentGround} sets as one column. */
@Converter
public class WithoutConsentGroundsColumn extends EnumSetColumn<WithoutConsentGround> {

    public WithoutConsentGroundsColumn() {
        super(WithoutConsentGround.class);
    }
}
