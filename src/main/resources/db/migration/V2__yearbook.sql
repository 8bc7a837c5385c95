-- The system of record of yearbook. Exact numbers: numeric, never float.

-- Every file ever received, by content. Kept forever so that any figure can be traced back.
create table received_file (
    sha256       char(64) primary key,
    size_bytes   bigint not null,
    content      bytea not null,
    first_seen   timestamptz not null default now()
);

-- One arrival of a file in a year's input folder. The same bytes under another name is a duplicate.
create table submission (
    id            bigserial primary key,
    year          int not null,
    file_name     text not null,
    sha256        char(64) not null references received_file(sha256),
    received_at   timestamptz not null,
    -- RECEIVED (collected, not yet read) | ACCEPTED | QUARANTINED | SUPERSEDED | DUPLICATE | NOT_SUBMISSION
    status        text not null,
    kind          text,            -- REPORT | AIR_QUALITY
    unit_code     text,
    period        text,            -- 2022, 2022Q4, 2022-03
    filed_on      date,            -- 填报日期
    duplicate_of  bigint references submission(id),
    superseded_by bigint references submission(id),
    unique (year, file_name, sha256)
);
create index submission_year on submission(year, status);

create table observation (
    id              bigserial primary key,
    submission_id   bigint not null references submission(id) on delete cascade,
    -- null only in a quarantined file whose unit or period could not be read
    unit_code       text,
    period          text,
    indicator_code  text not null,
    value           numeric,
    prior           numeric,
    approximate     boolean not null default false,
    not_applicable  boolean not null default false,
    sheet           text,
    cell            text,
    raw_text        text,
    conversion      text
);
create index observation_submission on observation(submission_id);
create index observation_indicator on observation(indicator_code, unit_code);

create table finding (
    id             bigserial primary key,
    year           int not null,
    submission_id  bigint references submission(id) on delete cascade,
    unit_code      text,
    stage          text not null,  -- read | check
    severity       text not null,  -- ERROR | WARNING | INFO
    rule           text not null,
    sheet          text,
    cell           text,
    value_seen     text,
    message        text not null,
    advice         text
);
create index finding_year on finding(year, stage);

create table air_quality_day (
    id             bigserial primary key,
    submission_id  bigint not null references submission(id) on delete cascade,
    station_code   text not null,
    day            date not null,
    so2            numeric,
    no2            numeric,
    pm10           numeric,
    co             numeric,
    o3_1h          numeric,
    o3_8h          numeric,
    pm25           numeric,
    submitted_aqi  int,
    sheet          text,
    cell           text
);
create index air_quality_day_station on air_quality_day(station_code, day);

-- The compiled yearly figures. Re-running a year replaces them.
create table figure (
    id              bigserial primary key,
    year            int not null,
    unit_code       text not null,
    indicator_code  text not null,
    value           numeric,
    prior           numeric,
    growth          numeric,
    incomplete      boolean not null default false,
    approximate     boolean not null default false,
    comparable      boolean not null default true,
    compiled_at     timestamptz not null default now(),
    unique (year, unit_code, indicator_code)
);

-- Lineage: which observations a figure was compiled from.
create table figure_source (
    figure_id       bigint not null references figure(id) on delete cascade,
    observation_id  bigint not null references observation(id) on delete cascade,
    primary key (figure_id, observation_id)
);

-- 催报名单: units that should have reported a period and did not.
create table missing_report (
    year         int not null,
    unit_code    text not null,
    period       text not null,
    primary key (year, unit_code, period)
);
