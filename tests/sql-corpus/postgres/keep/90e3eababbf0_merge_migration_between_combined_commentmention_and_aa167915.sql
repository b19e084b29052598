-- revision: 90e3eababbf0
-- down_revision: combined_commentmention, aa167915c4d6
-- message: keephq/keep merge_migration_between_combined_commentmention_and_aa167915

-- migrate:up
-- alembic: upgrade combined_commentmention, aa167915c4d6 -> 90e3eababbf0

-- migrate:down
-- alembic: downgrade 90e3eababbf0 -> combined_commentmention, aa167915c4d6
