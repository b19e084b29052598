-- revision: 20cd871f4ec7
-- down_revision: 3b0adfadbef9
-- message: LAION-AI/Open-Assistant added_user_to_textlabels

-- migrate:up
-- alembic: upgrade 3b0adfadbef9 -> 20cd871f4ec7

ALTER TABLE text_labels ADD COLUMN user_id UUID NOT NULL;

ALTER TABLE text_labels ADD FOREIGN KEY(user_id) REFERENCES "user" (id);

-- migrate:down irreversible
