-- revision: 54c1252b2c8a
-- down_revision: none
-- message: keephq/keep first_migration

-- migrate:up
-- alembic: upgrade  -> 54c1252b2c8a

CREATE TABLE tenant (
    configuration JSON,
    id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE "user" (
    id SERIAL NOT NULL,
    tenant_id VARCHAR NOT NULL,
    username VARCHAR NOT NULL,
    password_hash VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    last_sign_in TIMESTAMP WITHOUT TIME ZONE,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_user_username ON "user" (username);

CREATE TABLE action (
    action_raw TEXT,
    id VARCHAR NOT NULL,
    tenant_id VARCHAR NOT NULL,
    use VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    description VARCHAR,
    installed_by VARCHAR NOT NULL,
    installation_time TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id),
    UNIQUE (tenant_id, name, use)
);

CREATE TABLE alert (
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    event JSON,
    id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    provider_type VARCHAR NOT NULL,
    provider_id VARCHAR,
    fingerprint VARCHAR NOT NULL,
    alert_hash VARCHAR,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE INDEX ix_alert_fingerprint ON alert (fingerprint);

CREATE INDEX ix_alert_timestamp ON alert (timestamp);

CREATE TABLE alertdeduplicationfilter (
    fields JSON,
    id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    matcher_cel VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE TABLE alertenrichment (
    enrichments JSON,
    id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    alert_fingerprint VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id),
    UNIQUE (alert_fingerprint)
);

CREATE TABLE alertraw (
    raw_alert JSON,
    id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE TABLE dashboard (
    dashboard_config VARCHAR,
    id VARCHAR NOT NULL,
    tenant_id VARCHAR NOT NULL,
    dashboard_name VARCHAR NOT NULL,
    created_by VARCHAR,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by VARCHAR,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    is_active BOOLEAN NOT NULL,
    is_private BOOLEAN NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id),
    CONSTRAINT unique_dashboard_name_per_tenant UNIQUE (tenant_id, dashboard_name)
);

CREATE INDEX ix_dashboard_dashboard_name ON dashboard (dashboard_name);

CREATE TABLE extractionrule (
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP),
    id SERIAL NOT NULL,
    tenant_id VARCHAR NOT NULL,
    priority INTEGER NOT NULL,
    name VARCHAR(255) NOT NULL,
    description VARCHAR(2048),
    created_by VARCHAR(255),
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by VARCHAR(255),
    disabled BOOLEAN NOT NULL,
    pre BOOLEAN NOT NULL,
    condition VARCHAR(2000),
    attribute VARCHAR(255) NOT NULL,
    regex VARCHAR(1024) NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE TABLE mappingrule (
    matchers JSON,
    rows JSON,
    id SERIAL NOT NULL,
    tenant_id VARCHAR NOT NULL,
    priority INTEGER NOT NULL,
    name VARCHAR(255) NOT NULL,
    description VARCHAR(2048),
    file_name VARCHAR(255),
    created_by VARCHAR(255),
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    disabled BOOLEAN NOT NULL,
    override BOOLEAN NOT NULL,
    condition VARCHAR(2000),
    updated_by VARCHAR(255),
    last_updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE TABLE preset (
    options JSON,
    id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    created_by VARCHAR NOT NULL,
    is_private BOOLEAN,
    is_noisy BOOLEAN,
    name VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id),
    UNIQUE (name),
    UNIQUE (tenant_id, name)
);

CREATE INDEX ix_preset_created_by ON preset (created_by);

CREATE INDEX ix_preset_tenant_id ON preset (tenant_id);

CREATE TABLE provider (
    "validatedScopes" JSON,
    id VARCHAR NOT NULL,
    tenant_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    description VARCHAR,
    type VARCHAR NOT NULL,
    installed_by VARCHAR NOT NULL,
    installation_time TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    configuration_key VARCHAR NOT NULL,
    consumer BOOLEAN NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id),
    UNIQUE (tenant_id, name)
);

CREATE TABLE rule (
    definition JSON,
    grouping_criteria JSON,
    id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    definition_cel VARCHAR NOT NULL,
    timeframe INTEGER NOT NULL,
    created_by VARCHAR NOT NULL,
    creation_time TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by VARCHAR,
    update_time TIMESTAMP WITHOUT TIME ZONE,
    group_description VARCHAR,
    item_description VARCHAR,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE TABLE tenantapikey (
    tenant_id VARCHAR NOT NULL,
    reference_id VARCHAR NOT NULL,
    key_hash VARCHAR NOT NULL,
    is_system BOOLEAN NOT NULL,
    is_deleted BOOLEAN NOT NULL,
    system_description VARCHAR,
    created_by VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    last_used VARCHAR,
    PRIMARY KEY (key_hash),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id),
    UNIQUE (tenant_id, reference_id)
);

CREATE TABLE tenantinstallation (
    id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    bot_id VARCHAR NOT NULL,
    installed BOOLEAN NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE TABLE workflow (
    name TEXT,
    created_by TEXT,
    workflow_raw TEXT,
    id VARCHAR NOT NULL,
    tenant_id VARCHAR NOT NULL,
    description VARCHAR,
    updated_by VARCHAR,
    creation_time TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    interval INTEGER,
    is_deleted BOOLEAN NOT NULL,
    revision INTEGER NOT NULL,
    last_updated TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE TABLE "group" (
    rule_id UUID,
    id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    creation_time TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    group_fingerprint VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(rule_id) REFERENCES rule (id) ON DELETE CASCADE,
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE TABLE workflowexecution (
    triggered_by TEXT,
    status TEXT,
    results JSON,
    id VARCHAR NOT NULL,
    workflow_id VARCHAR NOT NULL,
    tenant_id VARCHAR NOT NULL,
    started TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    is_running INTEGER NOT NULL,
    timeslot INTEGER NOT NULL,
    execution_number INTEGER NOT NULL,
    error VARCHAR(10240),
    execution_time INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id),
    FOREIGN KEY(workflow_id) REFERENCES workflow (id),
    UNIQUE (workflow_id, execution_number, is_running, timeslot)
);

CREATE TABLE alerttogroup (
    group_id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    alert_id UUID NOT NULL,
    PRIMARY KEY (group_id, alert_id),
    FOREIGN KEY(alert_id) REFERENCES alert (id),
    FOREIGN KEY(group_id) REFERENCES "group" (id) ON DELETE CASCADE,
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE TABLE workflowexecutionlog (
    message TEXT,
    context JSON,
    id SERIAL NOT NULL,
    workflow_execution_id VARCHAR NOT NULL,
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(workflow_execution_id) REFERENCES workflowexecution (id)
);

CREATE TABLE workflowtoalertexecution (
    id SERIAL NOT NULL,
    workflow_execution_id VARCHAR NOT NULL,
    alert_fingerprint VARCHAR NOT NULL,
    event_id VARCHAR,
    PRIMARY KEY (id),
    FOREIGN KEY(workflow_execution_id) REFERENCES workflowexecution (id),
    UNIQUE (workflow_execution_id, alert_fingerprint)
);

-- migrate:down
-- alembic: downgrade 54c1252b2c8a ->

DROP TABLE workflowtoalertexecution;

DROP TABLE workflowexecutionlog;

DROP TABLE alerttogroup;

DROP TABLE workflowexecution;

DROP TABLE "group";

DROP TABLE workflow;

DROP TABLE tenantinstallation;

DROP TABLE tenantapikey;

DROP TABLE rule;

DROP TABLE provider;

DROP INDEX ix_preset_tenant_id;

DROP INDEX ix_preset_created_by;

DROP TABLE preset;

DROP TABLE mappingrule;

DROP TABLE extractionrule;

DROP INDEX ix_dashboard_dashboard_name;

DROP TABLE dashboard;

DROP TABLE alertraw;

DROP TABLE alertenrichment;

DROP TABLE alertdeduplicationfilter;

DROP INDEX ix_alert_timestamp;

DROP INDEX ix_alert_fingerprint;

DROP TABLE alert;

DROP TABLE action;

DROP INDEX ix_user_username;

DROP TABLE "user";

DROP TABLE tenant;
