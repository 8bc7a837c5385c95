-- The read stage COPYs some 40 observations per file. Their foreign key to submission was checked
-- row by row (a trigger query locking the submission FOR KEY SHARE per observation): more than half
-- of PostgreSQL's work in that COPY (city corpus, 936,000 rows: 9 of 16 CPU s). The read store
-- writes a file's observations in the transaction that updates its submission and rolls back if
-- that submission is gone, so the reference holds by construction. What the cascade did stays:
-- deleting submissions deletes their observations (and so their lineage), once per statement.
alter table observation drop constraint observation_submission_id_fkey;

create function observation_of_deleted_submission() returns trigger language plpgsql as $$
begin
    delete from observation o using deleted_submission d where o.submission_id = d.id;
    return null;
end
$$;

create trigger observation_of_deleted_submission after delete on submission
    referencing old table as deleted_submission
    for each statement execute function observation_of_deleted_submission();
