-- revision: 87594ea6d308
-- down_revision: 0832e0d9889a
-- message: keephq/keep add_rules_related_fields_to_the_incident

-- migrate:up
-- alembic: upgrade 0832e0d9889a -> 87594ea6d308

ALTER TABLE incident ADD COLUMN rule_id UUID;

ALTER TABLE incident ADD COLUMN rule_fingerprint VARCHAR DEFAULT '' NOT NULL;

ALTER TABLE incident ADD COLUMN severity INTEGER DEFAULT (5) NOT NULL;

ALTER TABLE incident ADD CONSTRAINT incident_rule_id_fk FOREIGN KEY(rule_id) REFERENCES rule (id) ON DELETE CASCADE;

ALTER TABLE rule ADD COLUMN require_approve BOOLEAN DEFAULT (FALSE) NOT NULL;

ALTER TABLE alerttoincident ADD COLUMN timestamp TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;

-- migrate:down
-- alembic: downgrade 87594ea6d308 -> 0832e0d9889a

ALTER TABLE incident DROP CONSTRAINT incident_rule_id_fk;

ALTER TABLE incident DROP COLUMN rule_fingerprint;

ALTER TABLE incident DROP COLUMN rule_id;

ALTER TABLE incident DROP COLUMN severity;

ALTER TABLE rule DROP COLUMN require_approve;

ALTER TABLE alerttoincident DROP COLUMN timestamp;

CREATE TABLE "group" (
    rule_id VARCHAR(32),
    id VARCHAR(32) NOT NULL,
    tenant_id VARCHAR(32) NOT NULL,
    creation_time DATETIME NOT NULL,
    group_fingerprint VARCHAR(32) NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(rule_id) REFERENCES rule (id) ON DELETE CASCADE,
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE TABLE alerttogroup (
    group_id CHAR(32) NOT NULL,
    tenant_id VARCHAR(32) NOT NULL,
    timestamp DATETIME NOT NULL,
    alert_id VARCHAR(32) NOT NULL,
    PRIMARY KEY (group_id, alert_id),
    FOREIGN KEY(alert_id) REFERENCES alert (id),
    FOREIGN KEY(group_id) REFERENCES "group" (id) ON DELETE CASCADE,
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);
