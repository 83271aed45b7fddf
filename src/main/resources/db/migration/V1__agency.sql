-- Flyway runs as the schema owner; the application role (${appRole}) gets data rights only.
grant usage on schema portal to ${appRole};
alter default privileges in schema portal grant select, insert, update, delete on tables to ${appRole};
alter default privileges in schema portal grant usage, select on sequences to ${appRole};

-- The partnership's agencies: reference data, changed by migration only.
create table agency (
    id          bigint generated always as identity primary key,
    code        varchar(16)  not null unique,
    name        varchar(200) not null,
    sector      varchar(32)  not null,
    active      boolean      not null default true,
    constraint agency_code_format check (code ~ '^[A-Z]{2,16}$'),
    constraint agency_sector_known check (sector in ('POLICE', 'CHILDRENS_SOCIAL_CARE', 'HEALTH', 'EDUCATION',
        'PROBATION', 'YOUTH_JUSTICE', 'VOLUNTARY_SECTOR', 'MAPPA'))
);

-- Lowshire is a fictional county: every name below is synthetic.
insert into agency (code, name, sector) values
    ('POLICE',    'Lowshire Police',                               'POLICE'),
    ('CSC',       'Lowshire Children''s Social Care',              'CHILDRENS_SOCIAL_CARE'),
    ('HEALTH',    'Lowshire Integrated Care Board',                'HEALTH'),
    ('EDU',       'Lowshire Education Safeguarding Team',          'EDUCATION'),
    ('PROBATION', 'Probation Service, Lowshire',                   'PROBATION'),
    ('YJS',       'Lowshire Youth Justice Service',                'YOUTH_JUSTICE'),
    ('VCS',       'Lowshire Voluntary Sector Safeguarding Forum',  'VOLUNTARY_SECTOR'),
    ('MAPPA',     'Lowshire MAPPA Unit',                           'MAPPA');
