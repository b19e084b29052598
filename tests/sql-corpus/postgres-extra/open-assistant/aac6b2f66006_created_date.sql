-- revision: aac6b2f66006
-- down_revision: 35bdc1a08bb8
-- message: LAION-AI/Open-Assistant created_date

-- migrate:up
-- alembic: upgrade 35bdc1a08bb8 -> aac6b2f66006

ALTER TABLE message_embedding ADD COLUMN created_date TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;

-- migrate:down
-- alembic: downgrade aac6b2f66006 -> 35bdc1a08bb8

ALTER TABLE message_embedding DROP COLUMN created_date;
