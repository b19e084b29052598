-- revision: 2fe6fe6ca16e
-- down_revision: 724e6dcc6b5d
-- message: PrefectHQ/prefect adds_block_schema_references_and_block_document_references

-- migrate:up
-- alembic: upgrade 724e6dcc6b5d -> 2fe6fe6ca16e

CREATE TABLE block_schema_reference (
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    name VARCHAR NOT NULL,
    parent_block_schema_id UUID NOT NULL,
    reference_block_schema_id UUID NOT NULL,
    CONSTRAINT pk_block_schema_reference PRIMARY KEY (id),
    CONSTRAINT fk_block_schema_reference__parent_block_schema_id__block_schema FOREIGN KEY(parent_block_schema_id) REFERENCES block_schema (id) ON DELETE cascade,
    CONSTRAINT fk_block_schema_reference__reference_block_schema_id__b_6e5d FOREIGN KEY(reference_block_schema_id) REFERENCES block_schema (id) ON DELETE cascade
);

CREATE INDEX ix_block_schema_reference__updated ON block_schema_reference (updated);

CREATE TABLE block_document_reference (
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    name VARCHAR NOT NULL,
    parent_block_document_id UUID NOT NULL,
    reference_block_document_id UUID NOT NULL,
    CONSTRAINT pk_block_document_reference PRIMARY KEY (id),
    CONSTRAINT fk_block_document_reference__parent_block_document_id___328f FOREIGN KEY(parent_block_document_id) REFERENCES block_document (id) ON DELETE cascade,
    CONSTRAINT fk_block_document_reference__reference_block_document_i_5759 FOREIGN KEY(reference_block_document_id) REFERENCES block_document (id) ON DELETE cascade
);

CREATE INDEX ix_block_document_reference__updated ON block_document_reference (updated);

-- migrate:down
-- alembic: downgrade 2fe6fe6ca16e -> 724e6dcc6b5d

DROP INDEX ix_block_document_reference__updated;

DROP TABLE block_document_reference;

DROP INDEX ix_block_schema_reference__updated;

DROP TABLE block_schema_reference;
