-- revision: 4f26fec4d204
-- down_revision: 7f0a28a156f4
-- message: LAION-AI/Open-Assistant add_ix_user_display_name_id

-- migrate:up
-- alembic: upgrade 7f0a28a156f4 -> 4f26fec4d204

CREATE UNIQUE INDEX ix_user_display_name_id ON "user" (display_name, id);

-- migrate:down
-- alembic: downgrade 4f26fec4d204 -> 7f0a28a156f4

DROP INDEX ix_user_display_name_id;
