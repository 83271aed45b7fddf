package org.lowshire.portal.request.deadline;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** The working calendar from the bank holidays in the database, and the deadline policy from the environment. */
@ApplicationScoped
public class BankHolidayCalendar {

    @PersistenceContext
    EntityManager em;

    private volatile WorkingCalendar calendar;
    private DeadlinePolicy policy;

    @PostConstruct
    void configure() {
        policy = DeadlinePolicy.fromEnvironment(System.getenv());
    }

    public WorkingCalendar calendar() {
        if (calendar == null) {
            reload();
        }
        return calendar;
    }

    /** Re-reads the holidays (after a migration adds a year, or in tests). */
    public void reload() {
        Set<LocalDate> days = new HashSet<>();
        for (Object d : em.createNativeQuery("select holiday_date from portal.bank_holiday")
                .getResultList()) {
            days.add(d instanceof Date sql ? sql.toLocalDate() : (LocalDate) d);
        }
        calendar = new WorkingCalendar(days);
    }

    public DeadlinePolicy policy() {
        return policy;
    }
}
