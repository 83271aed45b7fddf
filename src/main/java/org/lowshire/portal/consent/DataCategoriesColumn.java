package org.lowshire.portal.consent;

import jakarta.persistence.Converter;
import org.lowshire.portal.shared.EnumSetColumn;

/** {@link DataCategory} sets as one column. */
@Converter
public class DataCategoriesColumn extends EnumSetColumn<DataCategory> {

    public DataCategoriesColumn() {
        super(DataCategory.class);
    }
}
