-- Unusual-access alerts raised from the audit trail by simple rules, for IG officers to review and acknowledge.
-- Alerts are working records (their status changes); the trail itself stays append-only, and every
-- acknowledgement is also an ALERT_ACKNOWLEDGED event in it.
create table audit_alert (
    id               bigint       generated always as identity primary key,
    rule             varchar(32)  not null,
    actor_username   varchar(100),
    actor_agency     varchar(16),
    window_start     timestamptz  not null,
    window_end       timestamptz  not null,
    event_count      int          not null,
    raised_at        timestamptz  not null,
    status           varchar(16)  not null default 'OPEN',
    acknowledged_by  varchar(100),
    acknowledged_at  timestamptz,
    note             varchar(2000),
    version          bigint       not null default 0,
    constraint audit_alert_status check (status in ('OPEN', 'ACKNOWLEDGED')),
    constraint audit_alert_ack check (status = 'OPEN' or (acknowledged_by is not null and note is not null))
);
create index audit_alert_open on audit_alert (status, raised_at desc);
create unique index audit_alert_once on audit_alert (rule, actor_username, window_start);

