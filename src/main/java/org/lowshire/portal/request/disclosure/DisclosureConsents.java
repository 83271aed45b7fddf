package org.lowshire.portal.request.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lowshire.portal.consent.ConsentCoverage;
import org.lowshire.portal.consent.ConsentService;
import org.lowshire.portal.consent.DataCategory;
import org.lowshire.portal.consent.Disclosure;
import org.lowshire.portal.person.Person;
import org.lowshire.portal.request.AgencyResponse;
import org.lowshire.portal.request.InformationRequest;
import org.lowshire.portal.request.RequestSubject;

/**
 * The consent side of a disclosure: whether the people's recorded consents cover it (recipient = the requesting
 * agency, the request's purpose, the kinds of information released, today), which consent each person's part
 * relied on, and whether what was relied on still covers it when the lead comes to approve.
 */
@ApplicationScoped
public class DisclosureConsents {

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsentService consents;

    public Map<Person, ConsentCoverage> coverage(InformationRequest r, Set<DataCategory> categories) {
        List<Person> people =
                r.getSubjects().stream().map(RequestSubject::getPerson).toList();
        return consents.coverage(
                people, new Disclosure(r.getRequesterAgency(), r.getPurposeCategory(), categories, consents.today()));
    }

    /**
     * Whether a release within consent relies on evidence the deciding agency itself recorded or changed after the
     * request was sent: then a second person, its lead, approves, so a decider cannot write the consent they release on.
     */
    public static boolean reliesOnOwnEvidenceSince(
            Map<Person, ConsentCoverage> coverage, String agency, java.time.Instant since) {
        return since != null
                && coverage.values().stream()
                        .map(ConsentCoverage::consent)
                        .filter(java.util.Objects::nonNull)
                        .anyMatch(c -> agency.equals(c.getRecordedByAgency())
                                && c.lastChangedAt().isAfter(since));
    }

    public static boolean allCovered(Map<Person, ConsentCoverage> coverage) {
        return !coverage.isEmpty() && coverage.values().stream().allMatch(ConsentCoverage::covered);
    }

    /** One link per person: the consent relied on, or none when the response shares without consent. */
    public void link(AgencyResponse response, Map<Person, ConsentCoverage> coverage) {
        boolean withConsent = !response.getDecision().getConsent().isWithoutConsent();
        coverage.forEach((person, c) ->
                em.persist(new DisclosureConsent(response, person, withConsent && c.covered() ? c.consent() : null)));
    }

    /** Whether every consent the response relied on still covers it today (it may have been withdrawn since). */
    public boolean stillCovered(InformationRequest r, AgencyResponse response) {
        var links = em.createQuery(
                        "select d from DisclosureConsent d where d.response = :r and d.consent is not null",
                        DisclosureConsent.class)
                .setParameter("r", response)
                .getResultList();
        var d = new Disclosure(
                r.getRequesterAgency(),
                r.getPurposeCategory(),
                response.getDecision().getDataCategories(),
                consents.today());
        return links.stream().allMatch(l -> l.getConsent().gapFor(d).isEmpty());
    }
}
