-- 目标任务 (docs/targets.md): the targets of a year, per unit and indicator, as read from the standing
-- 目标任务 workbook (submission.kind = 'TARGETS'). Lineage: the submission, sheet and cell of each target.
create table target (
    id              bigserial primary key,
    submission_id   bigint not null references submission(id) on delete cascade,
    year            int not null,
    unit_code       text not null,
    indicator_code  text not null,
    direction       text not null,     -- AT_LEAST (至少) | AT_MOST (不超过)
    annual          numeric not null,  -- in the catalog's unit; a rate's target in %
    split_kind      text,              -- MONTH | QUARTER | null (not split)
    split           numeric[],         -- 12 or 4 entries, NULL where the workbook left a period blank
    sheet           text,
    cell            text,
    raw_text        text
);
create index target_submission on target(submission_id);
create index target_year on target(year, unit_code, indicator_code);

-- 完成率 and 时序进度 of each target, compiled with the year's figures (replaced on every compile).
-- completion and schedule in %, unrounded; null where not computable (printed —, a finding says why).
create table target_progress (
    year            int not null,
    through_month   int not null,
    target_id       bigint not null references target(id) on delete cascade,
    unit_code       text not null,
    indicator_code  text not null,
    actual          numeric,
    completion      numeric,
    schedule        numeric,
    state           text not null,     -- AHEAD | ON_TRACK | BEHIND | MISSED | UNKNOWN
    rank            int,               -- among the communities with a target for the indicator
    incomplete      boolean not null default false,
    primary key (year, target_id)
);
