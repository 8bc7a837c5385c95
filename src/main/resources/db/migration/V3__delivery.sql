-- Mail deliveries of a year's PDF: PENDING until sent, retried by later runs.
create table delivery (
    id          bigserial primary key,
    year        int not null,
    pdf_path    text not null,
    recipients  text not null,
    status      text not null,            -- PENDING | SENT
    attempts    int not null default 0,
    last_error  text,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz
);
