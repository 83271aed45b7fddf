package org.lowshire.portal.consent;

import jakarta.persistence.Converter;
import org.lowshire.portal.shared.EnumSetColumn;

/** {@link SharingPurpose} sets as one column. */
@Converter
public class SharingPurposesColumn extends EnumSetColumn<SharingPurpose> {

    public SharingPurposesColumn() {
        super(SharingPurpose.class);
    }
}
