-- revision: 273b29f368b7
-- down_revision: 991b30bcf0b9
-- message: keephq/keep adding_ai_tables

-- migrate:up
-- alembic: upgrade 991b30bcf0b9 -> 273b29f368b7

CREATE TYPE aisuggestiontype AS ENUM ('INCIDENT_SUGGESTION', 'SUMMARY_GENERATION', 'OTHER');

CREATE TABLE aisuggestion (
    suggestion_input JSON,
    suggestion_content JSON,
    id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    user_id VARCHAR NOT NULL,
    suggestion_input_hash VARCHAR NOT NULL,
    suggestion_type aisuggestiontype NOT NULL,
    model VARCHAR NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE INDEX ix_aisuggestion_suggestion_input_hash ON aisuggestion (suggestion_input_hash);

CREATE INDEX ix_aisuggestion_suggestion_type ON aisuggestion (suggestion_type);

CREATE INDEX ix_aisuggestion_tenant_id ON aisuggestion (tenant_id);

CREATE INDEX ix_aisuggestion_user_id ON aisuggestion (user_id);

CREATE TABLE aifeedback (
    feedback_content JSON,
    id UUID NOT NULL,
    suggestion_id UUID NOT NULL,
    user_id VARCHAR NOT NULL,
    rating INTEGER,
    comment VARCHAR,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(suggestion_id) REFERENCES aisuggestion (id)
);

CREATE INDEX ix_aifeedback_suggestion_id ON aifeedback (suggestion_id);

CREATE INDEX ix_aifeedback_user_id ON aifeedback (user_id);

-- migrate:down
-- alembic: downgrade 273b29f368b7 -> 991b30bcf0b9

DROP INDEX ix_aifeedback_user_id;

DROP INDEX ix_aifeedback_suggestion_id;

DROP TABLE aifeedback;

DROP INDEX ix_aisuggestion_user_id;

DROP INDEX ix_aisuggestion_tenant_id;

DROP INDEX ix_aisuggestion_suggestion_type;

DROP INDEX ix_aisuggestion_suggestion_input_hash;

DROP TABLE aisuggestion;
