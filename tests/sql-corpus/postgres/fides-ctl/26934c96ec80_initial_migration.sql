-- revision: 26934c96ec80
-- down_revision: none
-- message: ethyca/fides initial_migration

-- migrate:up
-- alembic: upgrade  -> 26934c96ec80

CREATE TABLE data_categories (
    id SERIAL NOT NULL,
    fides_key VARCHAR NOT NULL,
    organization_fides_key TEXT,
    name TEXT,
    description TEXT,
    parent_key TEXT,
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_data_categories_fides_key ON data_categories (fides_key);

CREATE UNIQUE INDEX ix_data_categories_id ON data_categories (id);

CREATE TABLE data_qualifiers (
    id SERIAL NOT NULL,
    fides_key VARCHAR NOT NULL,
    organization_fides_key TEXT,
    name TEXT,
    description TEXT,
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_data_qualifiers_fides_key ON data_qualifiers (fides_key);

CREATE UNIQUE INDEX ix_data_qualifiers_id ON data_qualifiers (id);

CREATE TABLE data_subjects (
    id SERIAL NOT NULL,
    fides_key VARCHAR NOT NULL,
    organization_fides_key TEXT,
    name TEXT,
    description TEXT,
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_data_subjects_fides_key ON data_subjects (fides_key);

CREATE UNIQUE INDEX ix_data_subjects_id ON data_subjects (id);

CREATE TABLE data_uses (
    id SERIAL NOT NULL,
    fides_key VARCHAR NOT NULL,
    organization_fides_key TEXT,
    name TEXT,
    description TEXT,
    parent_key TEXT,
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_data_uses_fides_key ON data_uses (fides_key);

CREATE UNIQUE INDEX ix_data_uses_id ON data_uses (id);

CREATE TABLE datasets (
    id SERIAL NOT NULL,
    fides_key VARCHAR NOT NULL,
    organization_fides_key TEXT,
    name TEXT,
    description TEXT,
    meta JSON,
    data_categories VARCHAR[],
    data_qualifier VARCHAR[],
    location VARCHAR,
    dataset_type VARCHAR,
    fields JSON,
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_datasets_fides_key ON datasets (fides_key);

CREATE UNIQUE INDEX ix_datasets_id ON datasets (id);

CREATE TABLE evaluations (
    id SERIAL NOT NULL,
    fides_key VARCHAR NOT NULL,
    status VARCHAR,
    details VARCHAR[],
    message VARCHAR,
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_evaluations_fides_key ON evaluations (fides_key);

CREATE UNIQUE INDEX ix_evaluations_id ON evaluations (id);

CREATE TABLE organizations (
    id SERIAL NOT NULL,
    fides_key VARCHAR NOT NULL,
    organization_fides_key TEXT,
    name TEXT,
    description TEXT,
    organization_parent_key VARCHAR,
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_organizations_fides_key ON organizations (fides_key);

CREATE UNIQUE INDEX ix_organizations_id ON organizations (id);

CREATE TABLE policies (
    id SERIAL NOT NULL,
    fides_key VARCHAR NOT NULL,
    organization_fides_key TEXT,
    name TEXT,
    description TEXT,
    rules JSON,
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_policies_fides_key ON policies (fides_key);

CREATE UNIQUE INDEX ix_policies_id ON policies (id);

CREATE TABLE registries (
    id SERIAL NOT NULL,
    fides_key VARCHAR NOT NULL,
    organization_fides_key TEXT,
    name TEXT,
    description TEXT,
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_registries_fides_key ON registries (fides_key);

CREATE UNIQUE INDEX ix_registries_id ON registries (id);

CREATE TABLE systems (
    id SERIAL NOT NULL,
    fides_key VARCHAR NOT NULL,
    organization_fides_key TEXT,
    name TEXT,
    description TEXT,
    registry_id VARCHAR,
    meta JSON,
    system_type VARCHAR,
    system_dependencies VARCHAR[],
    privacy_declarations JSON,
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_systems_fides_key ON systems (fides_key);

CREATE UNIQUE INDEX ix_systems_id ON systems (id);

-- migrate:down
-- alembic: downgrade 26934c96ec80 ->

DROP INDEX ix_systems_id;

DROP INDEX ix_systems_fides_key;

DROP TABLE systems;

DROP INDEX ix_registries_id;

DROP INDEX ix_registries_fides_key;

DROP TABLE registries;

DROP INDEX ix_policies_id;

DROP INDEX ix_policies_fides_key;

DROP TABLE policies;

DROP INDEX ix_organizations_id;

DROP INDEX ix_organizations_fides_key;

DROP TABLE organizations;

DROP INDEX ix_evaluations_id;

DROP INDEX ix_evaluations_fides_key;

DROP TABLE evaluations;

DROP INDEX ix_datasets_id;

DROP INDEX ix_datasets_fides_key;

DROP TABLE datasets;

DROP INDEX ix_data_uses_id;

DROP INDEX ix_data_uses_fides_key;

DROP TABLE data_uses;

DROP INDEX ix_data_subjects_id;

DROP INDEX ix_data_subjects_fides_key;

DROP TABLE data_subjects;

DROP INDEX ix_data_qualifiers_id;

DROP INDEX ix_data_qualifiers_fides_key;

DROP TABLE data_qualifiers;

DROP INDEX ix_data_categories_id;

DROP INDEX ix_data_categories_fides_key;

DROP TABLE data_categories;
