-- revision: e343054ae740
-- down_revision: d359baaf0836
-- message: keephq/keep fix_wrong_rule_resolve_on_values

-- migrate:up
-- alembic: upgrade d359baaf0836 -> e343054ae740

-- migrate:down
-- alembic: downgrade e343054ae740 -> d359baaf0836
