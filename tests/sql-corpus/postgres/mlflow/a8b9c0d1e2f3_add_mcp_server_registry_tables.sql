-- revision: a8b9c0d1e2f3
-- down_revision: b7e4c1a90f23
-- message: mlflow/mlflow add_mcp_server_registry_tables

-- migrate:up
-- alembic: upgrade b7e4c1a90f23 -> a8b9c0d1e2f3

CREATE TABLE mcp_servers (
    workspace VARCHAR(63) DEFAULT 'default' NOT NULL,
    name VARCHAR(256) NOT NULL,
    display_name VARCHAR(256),
    description TEXT,
    icons JSON,
    created_by VARCHAR(256),
    last_updated_by VARCHAR(256),
    created_at BIGINT NOT NULL,
    last_updated_at BIGINT NOT NULL,
    CONSTRAINT mcp_servers_pk PRIMARY KEY (workspace, name)
);

CREATE TABLE mcp_server_versions (
    workspace VARCHAR(63) DEFAULT 'default' NOT NULL,
    name VARCHAR(256) NOT NULL,
    version VARCHAR(128) NOT NULL,
    version_major INTEGER NOT NULL,
    version_minor INTEGER NOT NULL,
    version_patch INTEGER NOT NULL,
    version_prerelease_sort_key VARCHAR(512) NOT NULL,
    server_json JSON NOT NULL,
    status VARCHAR(20) DEFAULT 'draft' NOT NULL,
    tools JSON,
    source VARCHAR(512),
    connect_options JSON,
    created_by VARCHAR(256),
    last_updated_by VARCHAR(256),
    created_at BIGINT NOT NULL,
    last_updated_at BIGINT NOT NULL,
    CONSTRAINT mcp_server_versions_pk PRIMARY KEY (workspace, name, version),
    CONSTRAINT mcp_server_versions_server_fkey FOREIGN KEY(workspace, name) REFERENCES mcp_servers (workspace, name) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE mcp_server_tags (
    workspace VARCHAR(63) DEFAULT 'default' NOT NULL,
    name VARCHAR(256) NOT NULL,
    key VARCHAR(250) NOT NULL,
    value VARCHAR(5000),
    CONSTRAINT mcp_server_tags_pk PRIMARY KEY (workspace, name, key),
    CONSTRAINT mcp_server_tags_server_fkey FOREIGN KEY(workspace, name) REFERENCES mcp_servers (workspace, name) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE mcp_server_version_tags (
    workspace VARCHAR(63) DEFAULT 'default' NOT NULL,
    name VARCHAR(256) NOT NULL,
    version VARCHAR(128) NOT NULL,
    key VARCHAR(250) NOT NULL,
    value VARCHAR(5000),
    CONSTRAINT mcp_server_version_tags_pk PRIMARY KEY (workspace, name, version, key),
    CONSTRAINT mcp_server_version_tags_version_fkey FOREIGN KEY(workspace, name, version) REFERENCES mcp_server_versions (workspace, name, version) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE mcp_server_aliases (
    workspace VARCHAR(63) DEFAULT 'default' NOT NULL,
    name VARCHAR(256) NOT NULL,
    alias VARCHAR(256) NOT NULL,
    version VARCHAR(128) NOT NULL,
    CONSTRAINT mcp_server_aliases_pk PRIMARY KEY (workspace, name, alias),
    CONSTRAINT mcp_server_aliases_server_fkey FOREIGN KEY(workspace, name) REFERENCES mcp_servers (workspace, name) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE mcp_access_endpoints (
    id VARCHAR(36) NOT NULL,
    workspace VARCHAR(63) DEFAULT 'default' NOT NULL,
    server_name VARCHAR(256) NOT NULL,
    server_version VARCHAR(128),
    server_alias VARCHAR(256),
    url VARCHAR(2048) NOT NULL,
    transport_type VARCHAR(32) DEFAULT 'streamable-http' NOT NULL,
    created_by VARCHAR(256),
    last_updated_by VARCHAR(256),
    created_at BIGINT NOT NULL,
    last_updated_at BIGINT NOT NULL,
    CONSTRAINT mcp_access_endpoints_pk PRIMARY KEY (id),
    CONSTRAINT mcp_access_endpoints_server_fkey FOREIGN KEY(workspace, server_name) REFERENCES mcp_servers (workspace, name) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX idx_mcp_server_versions_latest ON mcp_server_versions (workspace, name, status, version_major DESC, version_minor DESC, version_patch DESC);

CREATE INDEX ix_mcp_access_endpoints_server_name ON mcp_access_endpoints (workspace, server_name);

CREATE INDEX ix_mcp_access_endpoints_version ON mcp_access_endpoints (workspace, server_name, server_version);

CREATE INDEX ix_mcp_access_endpoints_alias ON mcp_access_endpoints (workspace, server_name, server_alias);

-- migrate:down
-- alembic: downgrade a8b9c0d1e2f3 -> b7e4c1a90f23

DROP INDEX ix_mcp_access_endpoints_alias;

DROP INDEX ix_mcp_access_endpoints_version;

DROP INDEX ix_mcp_access_endpoints_server_name;

DROP INDEX idx_mcp_server_versions_latest;

DROP TABLE mcp_access_endpoints;

DROP TABLE mcp_server_aliases;

DROP TABLE mcp_server_version_tags;

DROP TABLE mcp_server_tags;

DROP TABLE mcp_server_versions;

DROP TABLE mcp_servers;
