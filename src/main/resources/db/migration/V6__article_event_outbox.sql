-- The transactional outbox of article events. A write that stores, updates or deletes an article
-- inserts its event here in the same transaction (only while precis.events.enabled is set), so an
-- event exists exactly when its write committed. A scheduled relay, one replica at a time,
-- publishes pending events to the message broker in id order and marks them published; a broker
-- that is away only delays them. Published events are removed after precis.events.retention.
-- article_id has no foreign key: the event of a deletion outlives its article.

create table article_event (
    id           bigint       generated always as identity primary key,
    article_id   bigint       not null,
    kind         varchar(8)   not null constraint article_event_kind_check check (kind in ('created', 'updated', 'deleted')),
    -- the event as published, without its id (which the relay adds as eventId)
    payload      jsonb        not null,
    created_at   timestamptz  not null,
    published_at timestamptz
);

create index article_event_pending_idx on article_event (id) where published_at is null;
create index article_event_published_idx on article_event (published_at) where published_at is not null;
