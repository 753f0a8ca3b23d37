-- After the bulk load of V3 (see V2 for why).
alter table region add constraint region_parent_code_fkey foreign key (parent_code) references region (code);

-- Children of a region in name order (the cascading selects).
create index region_parent_code_idx on region (parent_code, name);
-- "This region and everything below it": code = '61.06' or code like '61.06.%'.
create index region_code_prefix_idx on region (code varchar_pattern_ops);
-- Type-to-search over all levels: like '%kapuas%' and word similarity (<%) on the normalised name.
create index region_search_name_trgm_idx on region using gin (search_name gin_trgm_ops);

analyze region;
