-- revision: 155fd8e51d9d
-- down_revision: be432bd23596
-- message: ethyca/fides add_fideslib_models

-- migrate:up
-- alembic: upgrade be432bd23596 -> 155fd8e51d9d

DROP SEQUENCE data_categories_id_seq CASCADE;

ALTER TABLE data_categories DROP CONSTRAINT data_categories_pkey CASCADE;

ALTER TABLE data_categories ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE data_categories ALTER COLUMN id SET NOT NULL;

ALTER TABLE data_categories ADD CONSTRAINT data_categories_pkey PRIMARY KEY (id);

DROP SEQUENCE data_qualifiers_id_seq CASCADE;

ALTER TABLE data_qualifiers DROP CONSTRAINT data_qualifiers_pkey CASCADE;

ALTER TABLE data_qualifiers ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE data_qualifiers ALTER COLUMN id SET NOT NULL;

ALTER TABLE data_qualifiers ADD CONSTRAINT data_qualifiers_pkey PRIMARY KEY (id);

DROP SEQUENCE data_subjects_id_seq CASCADE;

ALTER TABLE data_subjects DROP CONSTRAINT data_subjects_pkey CASCADE;

ALTER TABLE data_subjects ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE data_subjects ALTER COLUMN id SET NOT NULL;

ALTER TABLE data_subjects ADD CONSTRAINT data_subjects_pkey PRIMARY KEY (id);

DROP SEQUENCE data_uses_id_seq CASCADE;

ALTER TABLE data_uses DROP CONSTRAINT data_uses_pkey CASCADE;

ALTER TABLE data_uses ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE data_uses ALTER COLUMN id SET NOT NULL;

ALTER TABLE data_uses ADD CONSTRAINT data_uses_pkey PRIMARY KEY (id);

DROP SEQUENCE datasets_id_seq CASCADE;

ALTER TABLE datasets DROP CONSTRAINT datasets_pkey CASCADE;

ALTER TABLE datasets ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE datasets ALTER COLUMN id SET NOT NULL;

ALTER TABLE datasets ADD CONSTRAINT data_sets_pkey PRIMARY KEY (id);

ALTER TABLE evaluations ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE evaluations ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE DEFAULT now();

DROP SEQUENCE evaluations_id_seq CASCADE;

ALTER TABLE evaluations DROP CONSTRAINT evaluations_pkey CASCADE;

ALTER TABLE evaluations ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE evaluations ALTER COLUMN id SET NOT NULL;

ALTER TABLE evaluations ADD CONSTRAINT evaluations_pkey PRIMARY KEY (id);

DROP SEQUENCE organizations_id_seq CASCADE;

ALTER TABLE organizations DROP CONSTRAINT organizations_pkey CASCADE;

ALTER TABLE organizations ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE organizations ALTER COLUMN id SET NOT NULL;

ALTER TABLE organizations ADD CONSTRAINT organizations_pkey PRIMARY KEY (id);

DROP SEQUENCE policies_id_seq CASCADE;

ALTER TABLE policies DROP CONSTRAINT policies_pkey CASCADE;

ALTER TABLE policies ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE policies ALTER COLUMN id SET NOT NULL;

ALTER TABLE policies ADD CONSTRAINT policies_pkey PRIMARY KEY (id);

DROP SEQUENCE registries_id_seq CASCADE;

ALTER TABLE registries DROP CONSTRAINT registries_pkey CASCADE;

ALTER TABLE registries ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE registries ALTER COLUMN id SET NOT NULL;

ALTER TABLE registries ADD CONSTRAINT registries_pkey PRIMARY KEY (id);

DROP SEQUENCE systems_id_seq CASCADE;

ALTER TABLE systems DROP CONSTRAINT systems_pkey CASCADE;

ALTER TABLE systems ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE systems ALTER COLUMN id SET NOT NULL;

ALTER TABLE systems ADD CONSTRAINT systems_pkey PRIMARY KEY (id);

-- migrate:down
-- alembic: downgrade 155fd8e51d9d -> be432bd23596

ALTER TABLE systems DROP CONSTRAINT systems_pkey CASCADE;

CREATE SEQUENCE systems_id_seq;

ALTER TABLE systems ALTER COLUMN id TYPE INTEGER;

ALTER TABLE systems ALTER COLUMN id SET NOT NULL;

ALTER TABLE systems ADD CONSTRAINT systems_pkey PRIMARY KEY (id);

ALTER TABLE registries DROP CONSTRAINT registries_pkey CASCADE;

CREATE SEQUENCE registries_id_seq;

ALTER TABLE registries ALTER COLUMN id TYPE INTEGER;

ALTER TABLE registries ALTER COLUMN id SET NOT NULL;

ALTER TABLE registries ADD CONSTRAINT registries_pkey PRIMARY KEY (id);

ALTER TABLE policies DROP CONSTRAINT policies_pkey CASCADE;

CREATE SEQUENCE policies_id_seq;

ALTER TABLE policies ALTER COLUMN id TYPE INTEGER;

ALTER TABLE policies ALTER COLUMN id SET NOT NULL;

ALTER TABLE policies ADD CONSTRAINT policies_pkey PRIMARY KEY (id);

ALTER TABLE organizations DROP CONSTRAINT organizations_pkey CASCADE;

CREATE SEQUENCE policies_id_seq;

ALTER TABLE organizations ALTER COLUMN id TYPE INTEGER;

ALTER TABLE organizations ALTER COLUMN id SET NOT NULL;

ALTER TABLE organizations ADD CONSTRAINT organizations_pkey PRIMARY KEY (id);

ALTER TABLE evaluations DROP CONSTRAINT evaluations_pkey CASCADE;

CREATE SEQUENCE policies_id_seq;

ALTER TABLE evaluations ALTER COLUMN id TYPE INTEGER;

ALTER TABLE evaluations ALTER COLUMN id SET NOT NULL;

ALTER TABLE evaluations ADD CONSTRAINT evaluations_pkey PRIMARY KEY (id);

ALTER TABLE evaluations DROP COLUMN updated_at;

ALTER TABLE evaluations DROP COLUMN created_at;

ALTER TABLE datasets DROP CONSTRAINT datasets_pkey CASCADE;

CREATE SEQUENCE datasets_id_seq;

ALTER TABLE datasets ALTER COLUMN id TYPE INTEGER;

ALTER TABLE datasets ALTER COLUMN id SET NOT NULL;

ALTER TABLE datasets ADD CONSTRAINT datasets_pkey PRIMARY KEY (id);

ALTER TABLE data_uses DROP CONSTRAINT data_uses_pkey CASCADE;

CREATE SEQUENCE data_uses_id_seq;

ALTER TABLE data_uses ALTER COLUMN id TYPE INTEGER;

ALTER TABLE data_uses ALTER COLUMN id SET NOT NULL;

ALTER TABLE data_uses ADD CONSTRAINT data_uses_pkey PRIMARY KEY (id);

ALTER TABLE data_subjects DROP CONSTRAINT data_subjects_pkey CASCADE;

CREATE SEQUENCE data_uses_id_seq;

ALTER TABLE data_subjects ALTER COLUMN id TYPE INTEGER;

ALTER TABLE data_subjects ALTER COLUMN id SET NOT NULL;

ALTER TABLE data_subjects ADD CONSTRAINT data_subjects_pkey PRIMARY KEY (id);

ALTER TABLE data_qualifiers DROP CONSTRAINT data_qualifiers_pkey CASCADE;

CREATE SEQUENCE data_uses_id_seq;

ALTER TABLE data_qualifiers ALTER COLUMN id TYPE INTEGER;

ALTER TABLE data_qualifiers ALTER COLUMN id SET NOT NULL;

ALTER TABLE data_qualifiers ADD CONSTRAINT data_qualifiers_pkey PRIMARY KEY (id);

ALTER TABLE data_categories DROP CONSTRAINT data_categories_pkey CASCADE;

CREATE SEQUENCE data_categories_id_seq;

ALTER TABLE data_categories ALTER COLUMN id TYPE INTEGER;

ALTER TABLE data_categories ALTER COLUMN id SET NOT NULL;

ALTER TABLE data_categories ADD CONSTRAINT data_categories_pkey PRIMARY KEY (id);

DROP INDEX ix_fidesuserpermissions_id;

DROP TABLE fidesuserpermissions;

DROP INDEX ix_client_id;

DROP INDEX ix_client_fides_key;

DROP TABLE client;

DROP INDEX ix_fidesuser_username;

DROP INDEX ix_fidesuser_id;

DROP TABLE fidesuser;

DROP INDEX ix_auditlog_user_id;

DROP INDEX ix_auditlog_privacy_request_id;

DROP INDEX ix_auditlog_id;

DROP INDEX ix_auditlog_action;

DROP TABLE auditlog;
