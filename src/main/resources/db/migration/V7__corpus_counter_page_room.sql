-- The corpus fold rewrites the counter row of every term it adds up, every few moments. Room left
-- on each page lets PostgreSQL write the new version beside the old one (a heap-only update): the
-- primary key does not grow with each fold, and the old versions are pruned as pages are read,
-- between the vacuums the fold runs.
alter table term_document_frequency set (fillfactor = 70);
alter table corpus_size set (fillfactor = 50);
