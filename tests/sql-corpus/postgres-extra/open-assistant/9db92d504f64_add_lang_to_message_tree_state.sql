-- revision: 9db92d504f64
-- down_revision: 8cd0c34d0c3c
-- message: LAION-AI/Open-Assistant add_lang_to_message_tree_state

-- migrate:up
-- alembic: upgrade 8cd0c34d0c3c -> 9db92d504f64

ALTER TABLE message_tree_state ADD COLUMN lang VARCHAR(32);

WITH msg AS (SELECT id, lang FROM message WHERE parent_id is NULL) UPDATE message_tree_state mts SET lang = msg.lang FROM msg WHERE mts.message_tree_id = msg.id;

ALTER TABLE message_tree_state ALTER COLUMN lang SET NOT NULL;

DROP INDEX ix_message_tree_state_state;

CREATE INDEX ix_message_tree_state__lang__state ON message_tree_state (state, lang);

-- migrate:down
-- alembic: downgrade 9db92d504f64 -> 8cd0c34d0c3c

DROP INDEX ix_message_tree_state__lang__state;

CREATE INDEX ix_message_tree_state_state ON message_tree_state (state);

ALTER TABLE message_tree_state DROP COLUMN lang;
