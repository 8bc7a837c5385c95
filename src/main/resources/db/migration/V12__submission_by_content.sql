-- collect asks, for each window of files, which of their contents the year already holds (the first
-- arrival of the same bytes): by index, not by reading every submission of the year once per window.
create index submission_year_sha256 on submission(year, sha256);
