-- An observation's id now says which submission it belongs to: the k-th observation of
-- submission s (in the order the file gave them) is s * 2^20 + k. The primary key then finds a
-- submission's observations as one range of ids, and the index on observation(submission_id)
-- goes: it was the dearest part of the read stage's COPY. Measured on the city's 936,000
-- observations, COPY in one transaction on the server: heap alone 2.2 s, with the primary key
-- 3.6 s, with the submission index 4.2 s, with both 5.6 s; ids given by the store instead of a
-- sequence and the primary key only, 4.6-5.3 s against 6.0-7.5 s as before (alternated runs).
-- The read store numbers a file's observations; a report holds at most 100 data sheets of 5,000
-- rows (ReadLimits), far below 2^20.

create function first_observation_id(submission_id bigint) returns bigint
    language sql immutable parallel safe
    as $$ select submission_id * 1048576 $$;

-- Observations stored before this version are renumbered, their lineage with them. Through
-- negative ids, so that no new id meets an old one that has not moved yet.
alter table figure_source drop constraint if exists figure_source_observation_id_fkey;

create temporary table observation_renumbered on commit drop as
    select id as old_id,
           first_observation_id(submission_id) + row_number() over (partition by submission_id order by id) - 1
               as new_id
    from observation;
create index on observation_renumbered (old_id);

update figure_source fs set observation_id = -r.new_id
    from observation_renumbered r where fs.observation_id = r.old_id;
update figure_source set observation_id = -observation_id where observation_id < 0;
update observation o set id = -r.new_id
    from observation_renumbered r where o.id = r.old_id;
update observation set id = -id where id < 0;

alter table observation alter column id drop default;
drop sequence observation_id_seq;
drop index observation_submission;

alter table figure_source
    add constraint figure_source_observation_id_fkey foreign key (observation_id) references observation(id)
        on delete cascade not valid;

-- Deleting submissions deletes their observations through the same ranges.
create or replace function observation_of_deleted_submission() returns trigger language plpgsql as $$
begin
    delete from observation o using deleted_submission d
    where o.id >= first_observation_id(d.id) and o.id < first_observation_id(d.id + 1);
    return null;
end
$$;
