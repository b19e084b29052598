-- revision: a80fb051a659
-- down_revision: none
-- message: mamba-org/quetz create_tables
-- branch_labels: quetz

-- migrate:up
-- alembic: upgrade  -> a80fb051a659

CREATE TABLE channels (
    name VARCHAR NOT NULL,
    description VARCHAR,
    private BOOLEAN,
    mirror_channel_url VARCHAR,
    mirror_mode VARCHAR,
    timestamp_mirror_sync INTEGER,
    PRIMARY KEY (name)
);

CREATE INDEX ix_channels_name ON channels (name);

CREATE TABLE users (
    id BYTEA NOT NULL,
    username VARCHAR,
    role VARCHAR,
    PRIMARY KEY (id)
);

CREATE INDEX ix_users_id ON users (id);

CREATE UNIQUE INDEX ix_users_username ON users (username);

CREATE TABLE api_keys (
    key VARCHAR NOT NULL,
    description VARCHAR,
    deleted BOOLEAN,
    user_id BYTEA,
    owner_id BYTEA,
    PRIMARY KEY (key),
    FOREIGN KEY(owner_id) REFERENCES users (id),
    FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE INDEX ix_api_keys_key ON api_keys (key);

CREATE TABLE channel_members (
    channel_name VARCHAR NOT NULL,
    user_id BYTEA NOT NULL,
    role VARCHAR,
    PRIMARY KEY (channel_name, user_id),
    FOREIGN KEY(channel_name) REFERENCES channels (name),
    FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE INDEX ix_channel_members_channel_name ON channel_members (channel_name);

CREATE INDEX ix_channel_members_user_id ON channel_members (user_id);

CREATE TABLE identities (
    provider VARCHAR NOT NULL,
    identity_id VARCHAR NOT NULL,
    username VARCHAR,
    user_id BYTEA,
    PRIMARY KEY (provider, identity_id),
    FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE UNIQUE INDEX identity_index ON identities (provider, identity_id);

CREATE TABLE packages (
    name VARCHAR NOT NULL,
    channel_name VARCHAR NOT NULL,
    description TEXT,
    summary TEXT,
    channeldata VARCHAR,
    PRIMARY KEY (name, channel_name),
    FOREIGN KEY(channel_name) REFERENCES channels (name)
);

CREATE INDEX ix_packages_channel_name ON packages (channel_name);

CREATE INDEX ix_packages_name ON packages (name);

CREATE TABLE profiles (
    name VARCHAR,
    avatar_url VARCHAR,
    user_id BYTEA NOT NULL,
    PRIMARY KEY (user_id),
    FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE package_members (
    channel_name VARCHAR NOT NULL,
    package_name VARCHAR NOT NULL,
    user_id BYTEA NOT NULL,
    role VARCHAR,
    PRIMARY KEY (channel_name, package_name, user_id),
    FOREIGN KEY(channel_name, package_name) REFERENCES packages (channel_name, name),
    FOREIGN KEY(channel_name) REFERENCES channels (name),
    FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE INDEX ix_package_members_channel_name ON package_members (channel_name);

CREATE INDEX ix_package_members_package_name ON package_members (package_name);

CREATE INDEX ix_package_members_user_id ON package_members (user_id);

CREATE TYPE packageformatenum AS ENUM ('tarbz2', 'conda');

CREATE TABLE package_versions (
    id BYTEA NOT NULL,
    channel_name VARCHAR,
    package_name VARCHAR,
    package_format packageformatenum,
    platform VARCHAR,
    version VARCHAR,
    build_string VARCHAR,
    build_number INTEGER,
    version_order INTEGER,
    filename VARCHAR,
    info VARCHAR,
    uploader_id BYTEA,
    time_created TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP),
    time_modified TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP),
    PRIMARY KEY (id),
    FOREIGN KEY(channel_name, package_name) REFERENCES packages (channel_name, name),
    FOREIGN KEY(channel_name) REFERENCES channels (name),
    FOREIGN KEY(uploader_id) REFERENCES users (id),
    CONSTRAINT package_version_index UNIQUE (channel_name, package_name, package_format, platform, version, build_string, build_number)
);

CREATE INDEX package_version_name_index ON package_versions (channel_name, package_name);

-- migrate:down
-- alembic: downgrade a80fb051a659 ->

DROP INDEX package_version_name_index;

DROP TABLE package_versions;

DROP INDEX ix_package_members_user_id;

DROP INDEX ix_package_members_package_name;

DROP INDEX ix_package_members_channel_name;

DROP TABLE package_members;

DROP TABLE profiles;

DROP INDEX ix_packages_name;

DROP INDEX ix_packages_channel_name;

DROP TABLE packages;

DROP INDEX identity_index;

DROP TABLE identities;

DROP INDEX ix_channel_members_user_id;

DROP INDEX ix_channel_members_channel_name;

DROP TABLE channel_members;

DROP INDEX ix_api_keys_key;

DROP TABLE api_keys;

DROP INDEX ix_users_username;

DROP INDEX ix_users_id;

DROP TABLE users;

DROP INDEX ix_channels_name;

DROP TABLE channels;
