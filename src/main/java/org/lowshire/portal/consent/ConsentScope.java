package org.lowshire.portal.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.lowshire.portal.shared.TextSetColumn;

/** What a consent covers: purposes, recipient agencies (or every partnership agency) and kinds of information. */
@Embeddable
public class ConsentScope implements Serializable {

    private static final long serialVersionUID = 1L;

    @Convert(converter = SharingPurposesColumn.class)
    @Column(name = "purposes")
    private Set<SharingPurpose> purposes = EnumSet.noneOf(SharingPurpose.class);

    @Column(name = "all_agencies", nullable = false)
    private boolean allAgencies;

    @Convert(converter = TextSetColumn.class)
    @Column(name = "recipient_agencies")
    private Set<String> agencies = new TreeSet<>();

    @Convert(converter = DataCategoriesColumn.class)
    @Column(name = "data_categories")
    private Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);

    protected ConsentScope() {
        // for JPA
    }

    public ConsentScope(
            Set<SharingPurpose> purposes, boolean allAgencies, Set<String> agencies, Set<DataCategory> categories) {
        this.purposes = purposes == null || purposes.isEmpty()
                ? EnumSet.noneOf(SharingPurpose.class)
                : EnumSet.copyOf(purposes);
        this.allAgencies = allAgencies;
        this.agencies = agencies == null ? new TreeSet<>() : new TreeSet<>(agencies);
        this.categories = categories == null || categories.isEmpty()
                ? EnumSet.noneOf(DataCategory.class)
                : EnumSet.copyOf(categories);
    }

    public static ConsentScope empty() {
        return new ConsentScope(null, false, null, null);
    }

    boolean isEmpty() {
        return purposes.isEmpty() || (!allAgencies && agencies.isEmpty()) || categories.isEmpty();
    }

    boolean coversRecipient(String agency) {
        return allAgencies || agencies.contains(agency);
    }

    boolean coversPurpose(SharingPurpose purpose) {
        return purpose != null && purposes.contains(purpose);
    }

    boolean coversAll(Set<DataCategory> wanted) {
        return wanted != null && !wanted.isEmpty() && categories.containsAll(wanted);
    }

    public Set<SharingPurpose> getPurposes() {
        return purposes.isEmpty() ? EnumSet.noneOf(SharingPurpose.class) : EnumSet.copyOf(purposes);
    }

    public boolean isAllAgencies() {
        return allAgencies;
    }

    public Set<String> getAgencies() {
        return new TreeSet<>(agencies);
    }

    public Set<DataCategory> getCategories() {
        return categories.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(categories);
    }
}
