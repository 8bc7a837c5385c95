-- What the figures of a year cover: the whole year (12) or January through a month (累计, year to date).
create table compilation (
    year           int primary key,
    through_month  int not null check (through_month between 1 and 12),
    compiled_at    timestamptz not null default now()
);
