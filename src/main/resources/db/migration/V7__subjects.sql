-- The foreign-national registry's list and search (subject/ feature).

-- Newest sighting first: the default order of the subject list for national users.
create index subject_last_seen_idx on subject (last_seen_at desc nulls last, id desc);
-- Passport search without a nationality (the unique key starts with nationality): exact and prefix matches.
create index subject_passport_idx on subject (passport_number varchar_pattern_ops) where passport_number is not null;
