-- revision: d4161e384f83
-- down_revision: 8d269bc4fdbd
-- message: LAION-AI/Open-Assistant added_messagetreestate_table

-- migrate:up
-- alembic: upgrade 8d269bc4fdbd -> d4161e384f83

CREATE TABLE message_tree_state (
    id UUID DEFAULT gen_random_uuid() NOT NULL,
    created_date TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted BOOLEAN DEFAULT false NOT NULL,
    message_tree_id UUID NOT NULL,
    state VARCHAR(128) NOT NULL,
    goal_tree_size INTEGER NOT NULL,
    current_num_non_filtered_messages INTEGER NOT NULL,
    max_depth INTEGER NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_message_tree_state_message_tree_id ON message_tree_state (message_tree_id);

CREATE UNIQUE INDEX ix_message_tree_state_tree_id ON message_tree_state (message_tree_id);

-- migrate:down
-- alembic: downgrade d4161e384f83 -> 8d269bc4fdbd

DROP INDEX ix_message_tree_state_tree_id;

DROP INDEX ix_message_tree_state_message_tree_id;

DROP TABLE message_tree_state;
