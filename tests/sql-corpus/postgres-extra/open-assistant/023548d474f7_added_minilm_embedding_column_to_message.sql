-- revision: 023548d474f7
-- down_revision: ba61fe17fb6e
-- message: LAION-AI/Open-Assistant added_minilm_embedding_column_to_message

-- migrate:up
-- alembic: upgrade ba61fe17fb6e -> 023548d474f7

ALTER TABLE message ADD COLUMN "miniLM_embedding" FLOAT[];

-- migrate:down
-- alembic: downgrade 023548d474f7 -> ba61fe17fb6e

ALTER TABLE message DROP COLUMN "miniLM_embedding";
