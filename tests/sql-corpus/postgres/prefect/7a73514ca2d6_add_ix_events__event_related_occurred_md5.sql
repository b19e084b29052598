-- revision: 7a73514ca2d6
-- down_revision: 06b7c293bc69
-- message: PrefectHQ/prefect add_ix_events__event_related_occurred_md5

-- migrate:up
-- alembic: upgrade 06b7c293bc69 -> 7a73514ca2d6

DROP INDEX ix_events__event_related_occurred;

DROP INDEX ix_events__related_resource_ids;

CREATE INDEX ix_events__related_gin ON events USING gin (related);

CREATE INDEX ix_events__event_occurred ON events (event, occurred);

CREATE INDEX ix_events__related_resource_ids_gin ON events USING gin (related_resource_ids);

-- migrate:down
-- alembic: downgrade 7a73514ca2d6 -> 06b7c293bc69

DROP INDEX ix_events__related_gin;

DROP INDEX ix_events__event_occurred;

DROP INDEX ix_events__related_resource_ids_gin;

CREATE INDEX ix_events__event_related_occurred ON events (event, related, occurred);

CREATE INDEX ix_events__related_resource_ids ON events (related_resource_ids);
