package org.lowshire.portal.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.lowshire.portal.agency.AgencyDirectory;
import org.lowshire.portal.request.disclosure.ConsentFlag;
import org.lowshire.portal.request.disclosure.ConsentFlags;
import org.lowshire.portal.request.disclosure.Transparency;
import org.lowshire.portal.security.CurrentUser;
import org.lowshire.portal.security.UserIdentity;

/** The home page: what needs your attention, who you are, your agency, and the parts your roles open. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CurrentUser currentUser;

    @Inject
    AgencyDirectory agencies;

    @Inject
    ConsentFlags consentFlags;

    @Inject
    Transparency transparency;

    private java.util.List<ConsentFlag> notices;

    /** Consent withdrawals on the user's requests that they have not yet read. */
    public java.util.List<ConsentFlag> getNotices() {
        if (notices == null) {
            notices = consentFlags.unacknowledged(getUser());
        }
        return notices;
    }

    private Long transparencyDue;

    public long getTransparencyDue() {
        if (transparencyDue == null) {
            transparencyDue = transparency.due(getUser());
        }
        return transparencyDue;
    }

    public UserIdentity getUser() {
        return currentUser.require();
    }

    public String getAgencyName() {
        String code = getUser().agencyCode();
        return code == null ? null : agencies.nameOf(code);
    }
}
