package org.lowshire.portal.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.lowshire.portal.agency.Agency;
import org.lowshire.portal.agency.AgencyDirectory;
import org.lowshire.portal.user.UserDirectory;

/** The administrator's start page: reference data and accounts, no case content. */
@Named
@RequestScoped
public class AdminHomePage {

    @Inject
    AgencyDirectory agencies;

    @Inject
    UserDirectory users;

    private List<Agency> agencyList;

    public List<Agency> getAgencies() {
        if (agencyList == null) {
            agencyList = agencies.all();
        }
        return agencyList;
    }

    public long getUserCount() {
        return users.count();
    }
}
