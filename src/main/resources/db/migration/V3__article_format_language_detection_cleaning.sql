-- How an article arrived and what the summary was made from: the article's format (its text as
-- submitted, or the text extracted from an HTML page; summary offsets point into the stored text
-- either way), whether the summary's language was detected, and the noise taken out before
-- summarizing, as counts by kind.

alter table article add column format varchar(8) not null default 'text'
    constraint article_format_check check (format in ('text', 'html'));

alter table summary add column language_detected boolean not null default false;
alter table summary add column cleaning jsonb not null default '{}'::jsonb;
