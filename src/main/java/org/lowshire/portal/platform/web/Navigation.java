package org.lowshire.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.lowshire.portal.security.CurrentUser;
import org.lowshire.portal.security.Section;

/** The main navigation: only the sections the signed-in user's roles open. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    CurrentUser currentUser;

    public List<Section> getSections() {
        return currentUser
                .identity()
                .map(user -> Arrays.stream(Section.values())
                        .filter(s -> s.openTo(user))
                        .toList())
                .orElse(List.of());
    }

    /** True when the current view lies in the section, for {@code aria-current}. */
    public boolean isCurrent(Section section, String viewId) {
        return viewId != null && viewId.startsWith(section.path());
    }
}
