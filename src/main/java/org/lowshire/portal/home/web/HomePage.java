package org.lowshire.portal.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.lowshire.portal.agency.AgencyDirectory;
import org.lowshire.portal.security.CurrentUser;
import org.lowshire.portal.security.UserIdentity;

/** The home page: who you are, your agency, and the parts of the portal your roles open. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CurrentUser currentUser;

    @Inject
    AgencyDirectory agencies;

    public UserIdentity getUser() {
        return currentUser.require();
    }

    public String getAgencyName() {
        String code = getUser().agencyCode();
        return code == null ? null : agencies.nameOf(code);
    }
}
