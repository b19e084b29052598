-- revision: 8cd0c34d0c3c
-- down_revision: 165b55de5a94
-- message: LAION-AI/Open-Assistant message_review_result_nullable

-- migrate:up
-- alembic: upgrade 165b55de5a94 -> 8cd0c34d0c3c

ALTER TABLE message ALTER COLUMN review_result DROP NOT NULL;

ALTER TABLE message ALTER COLUMN review_result DROP DEFAULT;

-- migrate:down
-- alembic: downgrade 8cd0c34d0c3c -> 165b55de5a94

ALTER TABLE message ALTER COLUMN review_result SET NOT NULL;

ALTER TABLE message ALTER COLUMN review_result SET DEFAULT false;
