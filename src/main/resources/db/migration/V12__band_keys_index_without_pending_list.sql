-- The near-copy look-up runs on every store (band_keys && :keys). With GIN's fast update, new
-- entries wait in a pending list that every search reads through until a vacuum (or a full list)
-- merges it; with autovacuum off or behind, that list grows to its 4 MB limit and each look-up
-- spent about 5 ms scanning it. Each article adds only 32 keys, so they go straight into the index.
alter index article_band_keys_idx set (fastupdate = off);
