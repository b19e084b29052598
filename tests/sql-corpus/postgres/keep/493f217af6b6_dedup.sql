-- revision: 493f217af6b6
-- down_revision: 5d7ae55efc6a
-- message: keephq/keep dedup

-- migrate:up
-- alembic: upgrade 5d7ae55efc6a -> 493f217af6b6

CREATE TABLE alertdeduplicationevent (
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    date_hour TIMESTAMP WITHOUT TIME ZONE,
    id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    deduplication_rule_id UUID NOT NULL,
    deduplication_type VARCHAR NOT NULL,
    provider_id VARCHAR,
    provider_type VARCHAR,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE INDEX ix_alert_deduplication_event_provider_id ON alertdeduplicationevent (provider_id);

CREATE INDEX ix_alert_deduplication_event_provider_id_date_hour ON alertdeduplicationevent (provider_id, date_hour);

CREATE INDEX ix_alert_deduplication_event_provider_type ON alertdeduplicationevent (provider_type);

CREATE INDEX ix_alert_deduplication_event_provider_type_date_hour ON alertdeduplicationevent (provider_type, date_hour);

CREATE INDEX ix_alertdeduplicationevent_tenant_id ON alertdeduplicationevent (tenant_id);

CREATE TABLE alertdeduplicationrule (
    fingerprint_fields JSON,
    ignore_fields JSON,
    id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    description VARCHAR NOT NULL,
    provider_id VARCHAR,
    provider_type VARCHAR NOT NULL,
    last_updated TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    last_updated_by VARCHAR NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by VARCHAR NOT NULL,
    enabled BOOLEAN NOT NULL,
    full_deduplication BOOLEAN NOT NULL,
    priority INTEGER NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE INDEX ix_alertdeduplicationrule_name ON alertdeduplicationrule (name);

CREATE TABLE alertfield (
    id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    field_name VARCHAR NOT NULL,
    provider_id VARCHAR,
    provider_type VARCHAR,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id),
    CONSTRAINT uq_tenant_field UNIQUE (tenant_id, field_name)
);

CREATE INDEX ix_alert_field_provider_id_provider_type ON alertfield (provider_id, provider_type);

CREATE INDEX ix_alert_field_tenant_id ON alertfield (tenant_id);

CREATE INDEX ix_alert_field_tenant_id_field_name ON alertfield (tenant_id, field_name);

CREATE INDEX ix_alertfield_field_name ON alertfield (field_name);

CREATE INDEX ix_alertfield_provider_id ON alertfield (provider_id);

CREATE INDEX ix_alertfield_provider_type ON alertfield (provider_type);

CREATE INDEX ix_alertfield_tenant_id ON alertfield (tenant_id);

DROP TABLE alertdeduplicationfilter;

-- migrate:down
-- alembic: downgrade 493f217af6b6 -> 5d7ae55efc6a

CREATE TABLE alertdeduplicationfilter (
    fields JSON,
    id CHAR(32) NOT NULL,
    tenant_id VARCHAR NOT NULL,
    matcher_cel VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

DROP INDEX ix_alertfield_tenant_id;

DROP INDEX ix_alertfield_provider_type;

DROP INDEX ix_alertfield_provider_id;

DROP INDEX ix_alertfield_field_name;

DROP INDEX ix_alert_field_tenant_id_field_name;

DROP INDEX ix_alert_field_tenant_id;

DROP INDEX ix_alert_field_provider_id_provider_type;

DROP TABLE alertfield;

DROP INDEX ix_alertdeduplicationrule_name;

DROP TABLE alertdeduplicationrule;

DROP INDEX ix_alertdeduplicationevent_tenant_id;

DROP INDEX ix_alert_deduplication_event_provider_type_date_hour;

DROP INDEX ix_alert_deduplication_event_provider_type;

DROP INDEX ix_alert_deduplication_event_provider_id_date_hour;

DROP INDEX ix_alert_deduplication_event_provider_id;

DROP TABLE alertdeduplicationevent;
