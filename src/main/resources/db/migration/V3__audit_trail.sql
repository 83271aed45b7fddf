-- The audit trail: who did what to which record, when and why. Never the content of the record.
-- Append-only: the application role may INSERT and SELECT only, and triggers refuse UPDATE, DELETE and TRUNCATE for
-- everyone, the owner included. Events are written in the business transaction (no lock); the chainer then links
-- committed events into a SHA-256 hash chain (audit_chain) and signs checkpoints (audit_checkpoint).

create sequence audit_event_id_seq cache 50;

create table audit_event (
    id               bigint       not null default nextval('audit_event_id_seq'),
    occurred_at      timestamptz  not null,
    -- the writing transaction: the chainer only links events whose transaction has ended
    txid             xid8         not null default pg_current_xact_id(),
    actor_subject    varchar(64),
    actor_username   varchar(100),
    actor_agency     varchar(16),
    actor_roles      varchar(400),
    session_ref      varchar(64),
    client_address   varchar(64),
    action           varchar(32)  not null,
    outcome          varchar(16)  not null,
    target_type      varchar(32),
    target_id        varchar(64),
    target_ref       varchar(64),
    person_ids       varchar(64)[] not null default '{}',
    purpose          varchar(1000),
    recipient_agency varchar(16),
    correlation_id   varchar(64),
    details          jsonb,
    primary key (id, occurred_at),
    constraint audit_outcome_known check (outcome in ('SUCCESS', 'DENIED', 'FAILED'))
) partition by range (occurred_at);

-- Nothing is ever lost for want of a partition.
create table audit_event_default partition of audit_event default;

create index audit_event_time on audit_event (occurred_at desc, id desc);
create index audit_event_record on audit_event (target_type, target_id, occurred_at desc);
create index audit_event_actor on audit_event (actor_username, occurred_at desc);
create index audit_event_agency on audit_event (actor_agency, occurred_at desc);
create index audit_event_action on audit_event (action, occurred_at desc);
create index audit_event_persons on audit_event using gin (person_ids);
create index audit_event_txid on audit_event (txid);

create table audit_chain (
    seq          bigint       primary key,
    event_id     bigint       not null unique,
    event_time   timestamptz  not null,
    prev_hash    bytea        not null,
    hash         bytea        not null,
    chained_at   timestamptz  not null default now()
);

create table audit_checkpoint (
    seq          bigint       primary key references audit_chain (seq),
    head_hash    bytea        not null,
    signed_at    timestamptz  not null,
    key_id       varchar(64)  not null,
    signature    bytea        not null
);

create table audit_verification (
    id               bigint       generated always as identity primary key,
    started_at       timestamptz  not null,
    finished_at      timestamptz  not null,
    trigger_kind     varchar(16)  not null,
    requested_by     varchar(100),
    result           varchar(16)  not null,
    events_checked   bigint       not null,
    head_seq         bigint,
    first_bad_seq    bigint,
    reason           varchar(500),
    constraint audit_verification_result check (result in ('VALID', 'INVALID'))
);

-- Where the copy of Keycloak's login and admin events has got to.
create table audit_import_cursor (
    source       varchar(32)  primary key,
    last_time    bigint       not null,
    version      bigint       not null default 0
);

create function audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on % is not allowed', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end $$;

create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_append_only();
create trigger audit_event_default_no_truncate before truncate on audit_event_default
    for each statement execute function audit_append_only();
create trigger audit_chain_no_change before update or delete on audit_chain
    for each row execute function audit_append_only();
create trigger audit_chain_no_truncate before truncate on audit_chain
    for each statement execute function audit_append_only();
create trigger audit_checkpoint_no_change before update or delete on audit_checkpoint
    for each row execute function audit_append_only();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_append_only();
create trigger audit_verification_no_change before update or delete on audit_verification
    for each row execute function audit_append_only();
create trigger audit_verification_no_truncate before truncate on audit_verification
    for each statement execute function audit_append_only();

-- Monthly partitions, created ahead by the application through this owner-rights function (it has no DDL rights).
create function ensure_audit_partitions(months_ahead int) returns int
    language plpgsql security definer set search_path = portal, pg_temp as $$
declare
    first_month date := date_trunc('month', now() at time zone 'UTC')::date - interval '1 month';
    m date;
    name text;
    created int := 0;
begin
    for i in 0 .. months_ahead + 1 loop
        m := (first_month + make_interval(months => i))::date;
        name := 'audit_event_' || to_char(m, 'YYYY_MM');
        if not exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                       where n.nspname = 'portal' and c.relname = name) then
            execute format('create table portal.%I partition of portal.audit_event for values from (%L) to (%L)',
                           name, m, (m + interval '1 month')::date);
            execute format('create trigger %I before truncate on portal.%I for each statement '
                           || 'execute function portal.audit_append_only()', name || '_no_truncate', name);
            execute format('revoke update, delete, truncate on portal.%I from ${appRole}', name);
            created := created + 1;
        end if;
    end loop;
    return created;
end $$;

select ensure_audit_partitions(3);

revoke update, delete, truncate on audit_event, audit_event_default, audit_chain, audit_checkpoint,
    audit_verification from ${appRole};
grant update on audit_import_cursor to ${appRole};
grant execute on function ensure_audit_partitions(int) to ${appRole};
