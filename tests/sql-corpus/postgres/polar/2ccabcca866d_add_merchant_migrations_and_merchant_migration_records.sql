-- revision: 2ccabcca866d
-- down_revision: 4741016efa61
-- message: polarsource/polar add_merchant_migrations_and_merchant_migration_records

-- migrate:up
-- alembic: upgrade 4741016efa61 -> 2ccabcca866d

SET LOCAL lock_timeout = '5s';

CREATE TABLE merchant_migrations (
    organization_id UUID NOT NULL,
    source_platform VARCHAR(32) NOT NULL,
    step VARCHAR(32) NOT NULL,
    source_credentials JSONB NOT NULL,
    pan_transfer_steps JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT merchant_migrations_pkey PRIMARY KEY (id),
    CONSTRAINT merchant_migrations_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade
);

CREATE INDEX ix_merchant_migrations_created_at ON merchant_migrations (created_at);

CREATE INDEX ix_merchant_migrations_deleted_at ON merchant_migrations (deleted_at);

CREATE INDEX ix_merchant_migrations_organization_id ON merchant_migrations (organization_id);

CREATE TABLE merchant_migration_records (
    merchant_migration_id UUID NOT NULL,
    organization_id UUID NOT NULL,
    type VARCHAR(32) NOT NULL,
    status VARCHAR(32) NOT NULL,
    source_id VARCHAR NOT NULL,
    target_id UUID,
    canonical JSONB NOT NULL,
    error TEXT,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT merchant_migration_records_pkey PRIMARY KEY (id),
    CONSTRAINT merchant_migration_records_merchant_migration_id_fkey FOREIGN KEY(merchant_migration_id) REFERENCES merchant_migrations (id) ON DELETE cascade,
    CONSTRAINT merchant_migration_records_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade
);

CREATE INDEX ix_merchant_migration_records_created_at ON merchant_migration_records (created_at);

CREATE INDEX ix_merchant_migration_records_deleted_at ON merchant_migration_records (deleted_at);

CREATE INDEX ix_merchant_migration_records_merchant_migration_id ON merchant_migration_records (merchant_migration_id);

CREATE INDEX ix_merchant_migration_records_organization_id ON merchant_migration_records (organization_id);

CREATE UNIQUE INDEX ix_merchant_migration_records_organization_id_type_source_id ON merchant_migration_records (organization_id, type, source_id) WHERE deleted_at IS NULL;

-- migrate:down
-- alembic: downgrade 2ccabcca866d -> 4741016efa61

SET LOCAL lock_timeout = '5s';

DROP INDEX ix_merchant_migration_records_organization_id_type_source_id;

DROP INDEX ix_merchant_migration_records_organization_id;

DROP INDEX ix_merchant_migration_records_merchant_migration_id;

DROP INDEX ix_merchant_migration_records_deleted_at;

DROP INDEX ix_merchant_migration_records_created_at;

DROP TABLE merchant_migration_records;

DROP INDEX ix_merchant_migrations_organization_id;

DROP INDEX ix_merchant_migrations_deleted_at;

DROP INDEX ix_merchant_migrations_created_at;

DROP TABLE merchant_migrations;
