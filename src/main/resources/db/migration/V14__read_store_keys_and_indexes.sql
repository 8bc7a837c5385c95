-- Two costs of the read stage's COPYs that bought nothing.
--
-- observation(indicator_code, unit_code) was kept up to date for every one of the 936,000
-- observations of a city year (9.4 million for a province), yet no query uses it: compile and
-- check read a unit's observations through its submissions, lineage through figure_source, and
-- the console's explanation of a figure finds the set-aside files through submission(year,
-- status), a few files.
drop index observation_indicator;

-- A station file's days had their foreign key to submission checked row by row (a trigger
-- query per day): a million days in one file paid a million of them. As for observations
-- (V13), the read store writes a file's days in the transaction that updates its submission
-- and rolls back if that submission is gone; deleting submissions still deletes their days,
-- once per statement.
alter table air_quality_day drop constraint air_quality_day_submission_id_fkey;

create function air_quality_day_of_deleted_submission() returns trigger language plpgsql as $$
begin
    delete from air_quality_day a using deleted_submission d where a.submission_id = d.id;
    return null;
end
$$;

create trigger air_quality_day_of_deleted_submission after delete on submission
    referencing old table as deleted_submission
    for each statement execute function air_quality_day_of_deleted_submission();

-- The validation report reads a batch of units' findings at a time (a province's may not fit in
-- memory): by year and unit, not by scanning every finding of the year for each batch.
create index finding_year_unit on finding(year, unit_code);
