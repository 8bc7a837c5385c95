-- Found by the benchmark: each file's read deletes by submission_id, and the foreign keys cascade
-- by these columns; without indexes every file scanned the whole table (a million station days).
create index air_quality_day_submission on air_quality_day(submission_id);
create index finding_submission on finding(submission_id);
create index figure_source_observation on figure_source(observation_id);
