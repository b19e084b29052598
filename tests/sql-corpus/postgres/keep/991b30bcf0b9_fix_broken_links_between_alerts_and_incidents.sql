-- revision: 991b30bcf0b9
-- down_revision: 89b4d3905d26
-- message: keephq/keep fix_broken_links_between_alerts_and_incidents

-- migrate:up
-- alembic: upgrade 89b4d3905d26 -> 991b30bcf0b9

-- migrate:down
-- alembic: downgrade 991b30bcf0b9 -> 89b4d3905d26
