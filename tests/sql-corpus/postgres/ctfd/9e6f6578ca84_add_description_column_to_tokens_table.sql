-- revision: 9e6f6578ca84
-- down_revision: 0def790057c1
-- message: CTFd/CTFd add_description_column_to_tokens_table

-- migrate:up
-- alembic: upgrade 0def790057c1 -> 9e6f6578ca84

ALTER TABLE tokens ADD COLUMN description TEXT;

-- migrate:down
-- alembic: downgrade 9e6f6578ca84 -> 0def790057c1

ALTER TABLE tokens DROP COLUMN description;
