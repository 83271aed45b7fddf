package org.lowshire.portal.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.lowshire.portal.user.AppUser;
import org.lowshire.portal.user.UserDirectory;

/** The information governance officer's start page: recent sign-ins. */
@Named
@RequestScoped
public class AuditHomePage {

    static final int RECENT = 50;

    @Inject
    UserDirectory users;

    private List<AppUser> recent;

    public List<AppUser> getRecentSignIns() {
        if (recent == null) {
            recent = users.recentlySeen(RECENT);
        }
        return recent;
    }
}
