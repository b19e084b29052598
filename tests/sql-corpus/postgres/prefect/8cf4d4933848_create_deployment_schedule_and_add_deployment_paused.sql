-- revision: 8cf4d4933848
-- down_revision: 6b63c51c31b4
-- message: PrefectHQ/prefect create_deployment_schedule_and_add_deployment_paused

-- migrate:up
-- alembic: upgrade 6b63c51c31b4 -> 8cf4d4933848

CREATE TABLE deployment_schedule (
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    schedule JSONB NOT NULL,
    active BOOLEAN NOT NULL,
    deployment_id UUID NOT NULL,
    CONSTRAINT pk_deployment_schedule PRIMARY KEY (id),
    CONSTRAINT fk_deployment_schedule__deployment_id__deployment FOREIGN KEY(deployment_id) REFERENCES deployment (id) ON DELETE CASCADE
);

CREATE INDEX ix_deployment_schedule__deployment_id ON deployment_schedule (deployment_id);

CREATE INDEX ix_deployment_schedule__updated ON deployment_schedule (updated);

ALTER TABLE deployment ADD COLUMN paused BOOLEAN DEFAULT '0' NOT NULL;

CREATE INDEX ix_deployment__paused ON deployment (paused);

INSERT INTO deployment_schedule (deployment_id, schedule, active)
        SELECT
            d.id AS deployment_id,
            d.schedule,
            d.is_schedule_active AS active
        FROM
            deployment d
        WHERE
            d.schedule IS NOT NULL
            and d.schedule != 'null';

UPDATE deployment SET paused = NOT is_schedule_active where paused = is_schedule_active;

-- migrate:down
-- alembic: downgrade 8cf4d4933848 -> 6b63c51c31b4

DROP INDEX ix_deployment__paused;

ALTER TABLE deployment DROP COLUMN paused;

DROP INDEX ix_deployment_schedule__updated;

DROP INDEX ix_deployment_schedule__deployment_id;

DROP TABLE deployment_schedule;
