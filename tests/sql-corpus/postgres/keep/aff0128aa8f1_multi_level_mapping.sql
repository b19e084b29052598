-- revision: aff0128aa8f1
-- down_revision: f3ecc7411f38
-- message: keephq/keep multi_level_mapping

-- migrate:up
-- alembic: upgrade f3ecc7411f38 -> aff0128aa8f1

ALTER TABLE mappingrule ADD COLUMN is_multi_level BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE mappingrule ADD COLUMN new_property_name VARCHAR(255);

ALTER TABLE mappingrule ADD COLUMN prefix_to_remove VARCHAR(255);

ALTER TABLE rule ADD COLUMN multi_level BOOLEAN DEFAULT (FALSE) NOT NULL;

ALTER TABLE rule ADD COLUMN multi_level_property_name VARCHAR;

-- migrate:down
-- alembic: downgrade aff0128aa8f1 -> f3ecc7411f38

ALTER TABLE mappingrule DROP COLUMN prefix_to_remove;

ALTER TABLE mappingrule DROP COLUMN new_property_name;

ALTER TABLE mappingrule DROP COLUMN is_multi_level;

ALTER TABLE rule DROP COLUMN multi_level_property_name;

ALTER TABLE rule DROP COLUMN multi_level;
