-- revision: 15768c2ec702
-- down_revision: 954db7517015
-- message: PrefectHQ/prefect add_events_and_event_resources_tables

-- migrate:up
-- alembic: upgrade 954db7517015 -> 15768c2ec702

CREATE TABLE event_resources (
    occurred TIMESTAMP WITH TIME ZONE NOT NULL,
    resource_id TEXT NOT NULL,
    resource_role TEXT NOT NULL,
    resource JSON NOT NULL,
    event_id UUID NOT NULL,
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_event_resources PRIMARY KEY (id)
);

CREATE INDEX ix_event_resources__resource_id__occurred ON event_resources (resource_id, occurred);

CREATE INDEX ix_event_resources__updated ON event_resources (updated);

CREATE TABLE events (
    occurred TIMESTAMP WITH TIME ZONE NOT NULL,
    event TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    resource JSONB NOT NULL,
    related_resource_ids JSONB DEFAULT '[]' NOT NULL,
    related JSONB DEFAULT '[]' NOT NULL,
    payload JSONB NOT NULL,
    received TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded TIMESTAMP WITH TIME ZONE NOT NULL,
    follows UUID,
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_events PRIMARY KEY (id)
);

CREATE INDEX ix_events__event__id ON events (event, id);

CREATE INDEX ix_events__event_occurred_id ON events (event, occurred, id);

CREATE INDEX ix_events__event_related_occurred ON events (event, related, occurred);

CREATE INDEX ix_events__event_resource_id_occurred ON events (event, resource_id, occurred);

CREATE INDEX ix_events__occurred ON events (occurred);

CREATE INDEX ix_events__occurred_id ON events (occurred, id);

CREATE INDEX ix_events__related_resource_ids ON events (related_resource_ids);

CREATE INDEX ix_events__updated ON events (updated);

-- migrate:down
-- alembic: downgrade 15768c2ec702 -> 954db7517015

DROP INDEX ix_events__updated;

DROP INDEX ix_events__related_resource_ids;

DROP INDEX ix_events__occurred_id;

DROP INDEX ix_events__occurred;

DROP INDEX ix_events__event_resource_id_occurred;

DROP INDEX ix_events__event_related_occurred;

DROP INDEX ix_events__event_occurred_id;

DROP INDEX ix_events__event__id;

DROP TABLE events;

DROP INDEX ix_event_resources__updated;

DROP INDEX ix_event_resources__resource_id__occurred;

DROP TABLE event_resources;
