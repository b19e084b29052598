-- revision: 92a367bb9f40
-- down_revision: aac6b2f66006
-- message: LAION-AI/Open-Assistant restructure_message_tree_state_table

-- migrate:up
-- alembic: upgrade aac6b2f66006 -> 92a367bb9f40

DROP TABLE message_tree_state;

CREATE TABLE message_tree_state (
    message_tree_id UUID NOT NULL,
    goal_tree_size INTEGER NOT NULL,
    max_depth INTEGER NOT NULL,
    max_children_count INTEGER NOT NULL,
    state VARCHAR(128) NOT NULL,
    active BOOLEAN NOT NULL,
    accepted_messages INTEGER NOT NULL,
    PRIMARY KEY (message_tree_id),
    FOREIGN KEY(message_tree_id) REFERENCES message (id)
);

CREATE INDEX ix_message_tree_state_active ON message_tree_state (active);

CREATE INDEX ix_message_tree_state_state ON message_tree_state (state);

-- migrate:down
-- alembic: downgrade 92a367bb9f40 -> aac6b2f66006

DROP INDEX ix_message_tree_state_state;

DROP INDEX ix_message_tree_state_active;

DROP TABLE message_tree_state;

CREATE TABLE message_tree_state (
    id UUID DEFAULT gen_random_uuid() NOT NULL,
    message_tree_id UUID NOT NULL,
    state VARCHAR(128) NOT NULL,
    goal_tree_size INTEGER NOT NULL,
    current_num_non_filtered_messages INTEGER NOT NULL,
    max_depth INTEGER NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_message_tree_state_message_tree_id ON message_tree_state (message_tree_id);

CREATE UNIQUE INDEX ix_message_tree_state_tree_id ON message_tree_state (message_tree_id);
