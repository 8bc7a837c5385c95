-- A received .xlsx is already deflated: TOAST's pglz would only try, and fail, to compress it again.
-- EXTERNAL keeps the bytes out of line, uncompressed. Applies to rows written from now on.
alter table received_file alter column content set storage external;
