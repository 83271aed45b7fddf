package org.lowshire.portal.board.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.lowshire.portal.agency.Agency;
import org.lowshire.portal.agency.AgencyDirectory;
import org.lowshire.portal.user.UserDirectory;

/** The board analyst's start page: the partnership's agencies and how many of their people use the portal. */
@Named
@RequestScoped
public class BoardHomePage {

    @Inject
    AgencyDirectory agencies;

    @Inject
    UserDirectory users;

    public record AgencyRow(Agency agency, long users) {}

    private List<AgencyRow> rows;

    public List<AgencyRow> getRows() {
        if (rows == null) {
            rows = agencies.all().stream()
                    .map(a -> new AgencyRow(a, users.countInAgency(a.getCode())))
                    .toList();
        }
        return rows;
    }
}
