-- The read stage lists a year's unread files a window at a time in id order (ReadStage.window):
-- with the id in the index, the window is a range of it that stops after its rows, where the
-- index on (year, status) left PostgreSQL to scan every submission and sort for each window.
-- The new index serves every query the old one did (year and status are its first columns).
create index submission_year_status_id on submission(year, status, id);
drop index submission_year;
