-- Accounts of the web console (yearbook serve): a community's reporter (one unit), the statistics
-- office (all units) and leaders (read-only). Passwords only as BCrypt hashes.
create table console_user (
    login           text primary key,
    role            text not null check (role in ('REPORTER', 'OFFICE', 'LEADER')),
    unit_code       text,
    password_hash   text not null,
    enabled         boolean not null default true,
    created_at      timestamptz not null default now(),
    -- repeated failed logins are slowed down; kept here so that a restart does not reset the count
    failed_logins   int not null default 0,
    last_failed_at  timestamptz,
    check ((role = 'REPORTER') = (unit_code is not null))
);

-- The account that uploaded a submission through the console; null for a file found in input/<year>/.
alter table submission add column uploaded_by text;
