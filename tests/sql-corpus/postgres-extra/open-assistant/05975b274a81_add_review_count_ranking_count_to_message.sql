-- revision: 05975b274a81
-- down_revision: 92a367bb9f40
-- message: LAION-AI/Open-Assistant add_review_count_ranking_count_to_message

-- migrate:up
-- alembic: upgrade 92a367bb9f40 -> 05975b274a81

ALTER TABLE message ADD COLUMN review_count INTEGER DEFAULT 0 NOT NULL;

ALTER TABLE message ADD COLUMN review_result BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE message ADD COLUMN ranking_count INTEGER DEFAULT 0 NOT NULL;

-- migrate:down
-- alembic: downgrade 05975b274a81 -> 92a367bb9f40

ALTER TABLE message DROP COLUMN ranking_count;

ALTER TABLE message DROP COLUMN review_result;

ALTER TABLE message DROP COLUMN review_count;
