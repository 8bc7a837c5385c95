-- The read stage COPYs 936,000 observations a city year (9.4 million a province), and every row's
-- id is a nextval: with a cache of one, each call locks the sequence and every 32nd writes WAL.
-- Measured on the city's observations, COPY in one transaction: 6.0 s with a cache of 1, 4.8 s
-- with 200. Ids stay unique; a session's unused cached ids are skipped, so ids have gaps and two
-- sessions' ids interleave. Nothing reads meaning into an id's value or order across files
-- (submission ids, whose order is the order of arrival, are not cached).
alter sequence observation_id_seq cache 200;
alter sequence finding_id_seq cache 200;
alter sequence air_quality_day_id_seq cache 200;
alter sequence figure_id_seq cache 200;
alter sequence target_id_seq cache 200;
