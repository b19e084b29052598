-- revision: fcef2c58b21c
-- down_revision: 7b687c555318
-- message: keephq/keep add_threshold_field_to_rule

-- migrate:up
-- alembic: upgrade 7b687c555318 -> fcef2c58b21c

ALTER TABLE rule ADD COLUMN threshold INTEGER DEFAULT '1' NOT NULL;

ALTER TABLE rule ADD CONSTRAINT rule_threshold_positive_int_constraint CHECK (threshold>0);

-- migrate:down
-- alembic: downgrade fcef2c58b21c -> 7b687c555318

ALTER TABLE rule DROP CONSTRAINT rule_threshold_positive_int_constraint;

ALTER TABLE rule DROP COLUMN threshold;
