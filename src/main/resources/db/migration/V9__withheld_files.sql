-- A file over the size limit (a video, a backup dropped into the input folder) or a link pointing out of
-- the input folder is registered by its size and a streamed hash (or its link), never by its bytes:
-- its content stays null and withheld says why (TOO_LARGE, LINK). The read stage reports it by name.
alter table received_file alter column content drop not null;
alter table received_file add column withheld text;
