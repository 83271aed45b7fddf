-- Indexes for the IG audit search (AuditSearch): each filter it offers, followed by the newest-first order of its
-- pages, so the capped count and the first page read only the matching index entries of each monthly partition.
-- Before these, a search by record (target id or reference, without a target type) read every event, and one by
-- agency and action read all events of that agency (or that action) in the date range to find the few of both.
create index audit_event_target_ref on audit_event (target_ref, occurred_at desc, id desc);
create index audit_event_target_id on audit_event (target_id, occurred_at desc, id desc);
create index audit_event_agency_action on audit_event (actor_agency, action, occurred_at desc, id desc);

-- By user: the same index with the id as tie-breaker, so the page needs no sort.
create index audit_event_actor_time on audit_event (actor_username, occurred_at desc, id desc);
drop index audit_event_actor;
