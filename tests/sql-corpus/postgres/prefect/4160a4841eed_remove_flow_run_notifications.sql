-- revision: 4160a4841eed
-- down_revision: 7a73514ca2d6
-- message: PrefectHQ/prefect remove_flow_run_notifications
-- transactional: false

-- migrate:up
-- alembic: upgrade 7a73514ca2d6 -> 4160a4841eed

DROP TABLE flow_run_notification_queue;

DROP TABLE flow_run_notification_policy;

-- migrate:down
-- alembic: downgrade 4160a4841eed -> 7a73514ca2d6

CREATE TABLE flow_run_notification_queue (
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    flow_run_notification_policy_id UUID NOT NULL,
    flow_run_state_id UUID NOT NULL,
    CONSTRAINT pk_flow_run_notification_queue PRIMARY KEY (id)
);

CREATE INDEX ix_flow_run_notification_queue__updated ON flow_run_notification_queue (updated);

CREATE TABLE flow_run_notification_policy (
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    is_active BOOLEAN DEFAULT '1' NOT NULL,
    state_names JSONB DEFAULT '[]' NOT NULL,
    tags JSONB DEFAULT '[]' NOT NULL,
    message_template VARCHAR,
    block_document_id UUID NOT NULL,
    CONSTRAINT pk_flow_run_notification_policy PRIMARY KEY (id),
    CONSTRAINT fk_flow_run_notification_policy__block_document_id__blo_b927 FOREIGN KEY(block_document_id) REFERENCES block_document (id) ON DELETE cascade
);

CREATE INDEX ix_flow_run_notification_policy__updated ON flow_run_notification_policy (updated);
