-- A cache of who has signed in, refreshed from the identity token at each new session.
-- Keycloak stays the source of truth for identity and roles; this lets pages and reports name people.
create table app_user (
    id              bigint generated always as identity primary key,
    subject         varchar(64)  not null unique,
    username        varchar(100) not null,
    display_name    varchar(200) not null,
    agency_code     varchar(16)  references agency (code),
    roles           varchar(400) not null,
    first_seen      timestamptz  not null,
    last_seen       timestamptz  not null,
    version         bigint       not null default 0
);
create index app_user_agency on app_user (agency_code);
