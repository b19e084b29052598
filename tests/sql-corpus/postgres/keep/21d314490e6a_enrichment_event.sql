-- revision: 21d314490e6a
-- down_revision: 908d95386e29
-- message: keephq/keep enrichment_event

-- migrate:up
-- alembic: upgrade 908d95386e29 -> 21d314490e6a

CREATE TABLE enrichmentevent (
    id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    enriched_fields JSON,
    status VARCHAR NOT NULL,
    enrichment_type VARCHAR NOT NULL,
    rule_id INTEGER,
    alert_id UUID NOT NULL,
    date_hour TIMESTAMP WITHOUT TIME ZONE,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE INDEX ix_enrichment_event_alert_id ON enrichmentevent (alert_id);

CREATE INDEX ix_enrichment_event_rule_id ON enrichmentevent (rule_id);

CREATE INDEX ix_enrichment_event_status ON enrichmentevent (status);

CREATE INDEX ix_enrichment_event_tenant_id_date_hour ON enrichmentevent (tenant_id, date_hour);

CREATE INDEX ix_enrichmentevent_tenant_id ON enrichmentevent (tenant_id);

CREATE TABLE enrichmentlog (
    id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    enrichment_event_id UUID NOT NULL,
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    message TEXT,
    PRIMARY KEY (id),
    FOREIGN KEY(enrichment_event_id) REFERENCES enrichmentevent (id) ON DELETE CASCADE,
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE INDEX ix_enrichment_log_enrichment_event_id ON enrichmentlog (enrichment_event_id);

CREATE INDEX ix_enrichment_log_tenant_id_timestamp ON enrichmentlog (tenant_id, timestamp);

CREATE INDEX ix_enrichmentlog_tenant_id ON enrichmentlog (tenant_id);

-- migrate:down
-- alembic: downgrade 21d314490e6a -> 908d95386e29

DROP INDEX ix_enrichmentlog_tenant_id;

DROP INDEX ix_enrichment_log_tenant_id_timestamp;

DROP INDEX ix_enrichment_log_enrichment_event_id;

DROP TABLE enrichmentlog;

DROP INDEX ix_enrichmentevent_tenant_id;

DROP INDEX ix_enrichment_event_tenant_id_date_hour;

DROP INDEX ix_enrichment_event_status;

DROP INDEX ix_enrichment_event_rule_id;

DROP INDEX ix_enrichment_event_alert_id;

DROP TABLE enrichmentevent;
