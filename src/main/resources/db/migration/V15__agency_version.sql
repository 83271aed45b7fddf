-- Agencies' approval policy is changed by administrators: a version so a second administrator's stale page is
-- refused ("changed meanwhile") instead of silently overwriting the first one's change.
alter table agency add column version bigint not null default 0;
