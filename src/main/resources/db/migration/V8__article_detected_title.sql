-- The headline a plain text opens with, when the article was stored without a title: found once,
-- when the article is written, and answered as its title (with titleDetected) on every read.
-- The title the client gave, if any, stays in title.
alter table article add column detected_title text;
