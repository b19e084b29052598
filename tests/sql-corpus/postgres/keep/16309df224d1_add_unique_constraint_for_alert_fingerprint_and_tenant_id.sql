-- revision: 16309df224d1
-- down_revision: 0b80bda47ee2
-- message: keephq/keep add_unique_constraint_for_alert_fingerprint_and_tenant_id

-- migrate:up
-- alembic: upgrade 0b80bda47ee2 -> 16309df224d1

CREATE TABLE alertenrichment_before_tenant_fingerprint_constraint (
    enrichments JSON,
    id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    alert_fingerprint VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id),
    UNIQUE (alert_fingerprint)
);

INSERT INTO alertenrichment_before_tenant_fingerprint_constraint (id, tenant_id, alert_fingerprint, timestamp, enrichments)
            SELECT id, tenant_id, alert_fingerprint, timestamp, enrichments FROM alertenrichment;

WITH duplicates AS (
                        SELECT id,
                            ROW_NUMBER() OVER (
                                PARTITION BY tenant_id, alert_fingerprint
                                ORDER BY timestamp DESC
                            ) AS rn
                        FROM alertenrichment
                    )
                    DELETE FROM alertenrichment
                    WHERE id IN (SELECT id FROM duplicates WHERE rn > 1);

ALTER TABLE alertenrichment ADD CONSTRAINT uc_alertenrichment_tenant_fingerprint UNIQUE (tenant_id, alert_fingerprint);

-- migrate:down
-- alembic: downgrade 16309df224d1 -> 0b80bda47ee2

ALTER TABLE alertenrichment DROP CONSTRAINT uc_alertenrichment_tenant_fingerprint;

ALTER TABLE alertenrichment ADD CONSTRAINT alert_fingerprint UNIQUE (alert_fingerprint);
