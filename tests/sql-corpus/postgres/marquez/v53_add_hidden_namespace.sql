-- revision: v53
-- down_revision: v52
-- message: MarquezProject/marquez add_hidden_namespace

-- migrate:up
ALTER TABLE namespaces ADD COLUMN is_hidden BOOLEAN DEFAULT FALSE;

-- migrate:down irreversible
