-- revision: 916718e8330f
-- down_revision: bd6efa529f03
-- message: PrefectHQ/prefect automation_event_follower

-- migrate:up
-- alembic: upgrade bd6efa529f03 -> 916718e8330f

CREATE TABLE automation_event_follower (
    leader_event_id UUID NOT NULL,
    follower_event_id UUID NOT NULL,
    received TIMESTAMP WITH TIME ZONE NOT NULL,
    follower JSONB NOT NULL,
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_automation_event_follower PRIMARY KEY (id),
    CONSTRAINT uq_automation_event_follower__follower_event_id UNIQUE (follower_event_id)
);

CREATE INDEX ix_automation_event_follower__leader_event_id ON automation_event_follower (leader_event_id);

CREATE INDEX ix_automation_event_follower__received ON automation_event_follower (received);

CREATE INDEX ix_automation_event_follower__updated ON automation_event_follower (updated);

-- migrate:down
-- alembic: downgrade 916718e8330f -> bd6efa529f03

DROP INDEX ix_automation_event_follower__updated;

DROP INDEX ix_automation_event_follower__received;

DROP INDEX ix_automation_event_follower__leader_event_id;

DROP TABLE automation_event_follower;
