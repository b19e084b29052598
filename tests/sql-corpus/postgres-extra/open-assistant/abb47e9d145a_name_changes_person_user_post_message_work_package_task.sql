-- revision: abb47e9d145a
-- down_revision: 73ce3675c1f5
-- message: LAION-AI/Open-Assistant name_changes_person_user_post_message_work_package_task

-- migrate:up
-- alembic: upgrade 73ce3675c1f5 -> abb47e9d145a

DELETE FROM journal;

DELETE FROM work_package;

DELETE FROM post_reaction;

DELETE FROM post;

DELETE FROM person_stats;

DELETE FROM person;

DELETE FROM text_labels;

CREATE TABLE "user" (
    id UUID DEFAULT gen_random_uuid() NOT NULL,
    created_date TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    username VARCHAR(128) NOT NULL,
    auth_method VARCHAR(128) NOT NULL,
    display_name VARCHAR(256) NOT NULL,
    api_client_id UUID NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(api_client_id) REFERENCES api_client (id)
);

CREATE UNIQUE INDEX ix_user_username ON "user" (api_client_id, username, auth_method);

CREATE TABLE message (
    id UUID DEFAULT gen_random_uuid() NOT NULL,
    created_date TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    payload JSONB,
    depth INTEGER DEFAULT 0 NOT NULL,
    children_count INTEGER DEFAULT 0 NOT NULL,
    parent_id UUID,
    message_tree_id UUID NOT NULL,
    task_id UUID,
    user_id UUID,
    role VARCHAR(128) NOT NULL,
    api_client_id UUID NOT NULL,
    frontend_message_id VARCHAR(200) NOT NULL,
    payload_type VARCHAR(200) NOT NULL,
    lang VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(api_client_id) REFERENCES api_client (id),
    FOREIGN KEY(user_id) REFERENCES "user" (id)
);

CREATE UNIQUE INDEX ix_message_frontend_message_id ON message (api_client_id, frontend_message_id);

CREATE INDEX ix_message_message_tree_id ON message (message_tree_id);

CREATE INDEX ix_message_task_id ON message (task_id);

CREATE INDEX ix_message_user_id ON message (user_id);

CREATE TABLE task (
    id UUID DEFAULT gen_random_uuid() NOT NULL,
    created_date TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    expiry_date TIMESTAMP WITHOUT TIME ZONE,
    payload JSONB NOT NULL,
    done BOOLEAN DEFAULT false NOT NULL,
    collective BOOLEAN DEFAULT false NOT NULL,
    user_id UUID,
    payload_type VARCHAR(200) NOT NULL,
    api_client_id UUID NOT NULL,
    ack BOOLEAN,
    frontend_message_id VARCHAR,
    message_tree_id UUID,
    parent_message_id UUID,
    PRIMARY KEY (id),
    FOREIGN KEY(api_client_id) REFERENCES api_client (id),
    FOREIGN KEY(user_id) REFERENCES "user" (id)
);

CREATE INDEX ix_task_user_id ON task (user_id);

CREATE TABLE user_stats (
    user_id UUID NOT NULL,
    modified_date TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    leader_score INTEGER NOT NULL,
    reactions INTEGER NOT NULL,
    messages INTEGER NOT NULL,
    upvotes INTEGER NOT NULL,
    downvotes INTEGER NOT NULL,
    task_reward INTEGER NOT NULL,
    compare_wins INTEGER NOT NULL,
    compare_losses INTEGER NOT NULL,
    PRIMARY KEY (user_id),
    FOREIGN KEY(user_id) REFERENCES "user" (id)
);

CREATE TABLE message_reaction (
    task_id UUID NOT NULL,
    user_id UUID NOT NULL,
    created_date TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    payload JSONB NOT NULL,
    payload_type VARCHAR(200) NOT NULL,
    api_client_id UUID NOT NULL,
    PRIMARY KEY (task_id, user_id),
    FOREIGN KEY(api_client_id) REFERENCES api_client (id),
    FOREIGN KEY(task_id) REFERENCES task (id),
    FOREIGN KEY(user_id) REFERENCES "user" (id)
);

ALTER TABLE text_labels DROP CONSTRAINT text_labels_post_id_fkey;

ALTER TABLE journal DROP CONSTRAINT journal_post_id_fkey;

ALTER TABLE journal DROP CONSTRAINT journal_person_id_fkey;

DROP TABLE post_reaction;

DROP INDEX ix_post_frontend_post_id;

DROP INDEX ix_post_person_id;

DROP INDEX ix_post_thread_id;

DROP INDEX ix_post_workpackage_id;

DROP TABLE post;

DROP INDEX ix_work_package_person_id;

DROP TABLE work_package;

DROP TABLE person_stats;

DROP INDEX ix_person_username;

DROP TABLE person;

ALTER TABLE journal ADD COLUMN user_id UUID;

ALTER TABLE journal ADD COLUMN message_id UUID;

DROP INDEX ix_journal_person_id;

CREATE INDEX ix_journal_user_id ON journal (user_id);

ALTER TABLE journal ADD FOREIGN KEY(user_id) REFERENCES "user" (id);

ALTER TABLE journal ADD FOREIGN KEY(message_id) REFERENCES message (id);

ALTER TABLE journal DROP COLUMN person_id;

ALTER TABLE journal DROP COLUMN post_id;

ALTER TABLE text_labels ADD COLUMN message_id UUID;

ALTER TABLE text_labels ADD FOREIGN KEY(message_id) REFERENCES message (id);

ALTER TABLE text_labels DROP COLUMN post_id;

-- migrate:down
-- alembic: downgrade abb47e9d145a -> 73ce3675c1f5

DELETE FROM journal;

DELETE FROM message_reaction;

DELETE FROM task;

DELETE FROM message;

DELETE FROM user_stats;

DELETE FROM "user";

DELETE FROM text_labels;

ALTER TABLE text_labels ADD COLUMN post_id UUID;

ALTER TABLE text_labels DROP CONSTRAINT text_labels_message_id_fkey;

ALTER TABLE text_labels DROP COLUMN message_id;

ALTER TABLE journal ADD COLUMN post_id UUID;

ALTER TABLE journal ADD COLUMN person_id UUID;

ALTER TABLE journal DROP CONSTRAINT journal_message_id_fkey;

ALTER TABLE journal DROP CONSTRAINT journal_user_id_fkey;

DROP INDEX ix_journal_user_id;

CREATE INDEX ix_journal_person_id ON journal (person_id);

ALTER TABLE journal DROP COLUMN message_id;

ALTER TABLE journal DROP COLUMN user_id;

CREATE TABLE person (
    id UUID DEFAULT gen_random_uuid() NOT NULL,
    username VARCHAR(128) NOT NULL,
    display_name VARCHAR(256) NOT NULL,
    created_date TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    api_client_id UUID NOT NULL,
    auth_method VARCHAR(128) NOT NULL,
    CONSTRAINT person_pkey PRIMARY KEY (id),
    CONSTRAINT person_api_client_id_fkey FOREIGN KEY(api_client_id) REFERENCES api_client (id)
);

CREATE TABLE person_stats (
    person_id UUID NOT NULL,
    leader_score INTEGER NOT NULL,
    modified_date TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    reactions INTEGER NOT NULL,
    posts INTEGER NOT NULL,
    upvotes INTEGER NOT NULL,
    downvotes INTEGER NOT NULL,
    work_reward INTEGER NOT NULL,
    compare_wins INTEGER NOT NULL,
    compare_losses INTEGER NOT NULL,
    CONSTRAINT person_stats_pkey PRIMARY KEY (person_id),
    CONSTRAINT person_stats_person_id_fkey FOREIGN KEY(person_id) REFERENCES person (id)
);

CREATE TABLE work_package (
    id UUID DEFAULT gen_random_uuid() NOT NULL,
    created_date TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    expiry_date TIMESTAMP WITHOUT TIME ZONE,
    person_id UUID,
    payload_type VARCHAR(200) NOT NULL,
    payload JSONB NOT NULL,
    api_client_id UUID NOT NULL,
    done BOOLEAN DEFAULT false NOT NULL,
    ack BOOLEAN,
    frontend_ref_post_id VARCHAR,
    thread_id UUID,
    parent_post_id UUID,
    collective BOOLEAN DEFAULT false NOT NULL,
    CONSTRAINT work_package_pkey PRIMARY KEY (id),
    CONSTRAINT work_package_api_client_id_fkey FOREIGN KEY(api_client_id) REFERENCES api_client (id),
    CONSTRAINT work_package_person_id_fkey FOREIGN KEY(person_id) REFERENCES person (id)
);

CREATE INDEX ix_work_package_person_id ON work_package (person_id);

CREATE TABLE post (
    id UUID DEFAULT gen_random_uuid() NOT NULL,
    parent_id UUID,
    thread_id UUID NOT NULL,
    workpackage_id UUID,
    person_id UUID,
    api_client_id UUID NOT NULL,
    role VARCHAR(128) NOT NULL,
    frontend_post_id VARCHAR(200) NOT NULL,
    created_date TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    payload_type VARCHAR(200) NOT NULL,
    payload JSONB,
    depth INTEGER DEFAULT 0 NOT NULL,
    children_count INTEGER DEFAULT 0 NOT NULL,
    lang VARCHAR(200) NOT NULL,
    CONSTRAINT post_pkey PRIMARY KEY (id),
    CONSTRAINT post_api_client_id_fkey FOREIGN KEY(api_client_id) REFERENCES api_client (id),
    CONSTRAINT post_person_id_fkey FOREIGN KEY(person_id) REFERENCES person (id)
);

CREATE INDEX ix_post_workpackage_id ON post (workpackage_id);

CREATE INDEX ix_post_thread_id ON post (thread_id);

CREATE INDEX ix_post_person_id ON post (person_id);

CREATE INDEX ix_post_frontend_post_id ON post (api_client_id, frontend_post_id);

CREATE TABLE post_reaction (
    person_id UUID NOT NULL,
    created_date TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    payload_type VARCHAR(200) NOT NULL,
    payload JSONB NOT NULL,
    api_client_id UUID NOT NULL,
    work_package_id UUID NOT NULL,
    CONSTRAINT post_reaction_api_client_id_fkey FOREIGN KEY(api_client_id) REFERENCES api_client (id),
    CONSTRAINT post_reaction_person_id_fkey FOREIGN KEY(person_id) REFERENCES person (id),
    CONSTRAINT post_reaction_work_package_id_fkey FOREIGN KEY(work_package_id) REFERENCES work_package (id)
);

CREATE INDEX ix_person_username ON person (api_client_id, username, auth_method);

ALTER TABLE text_labels ADD CONSTRAINT text_labels_post_id_fkey FOREIGN KEY(post_id) REFERENCES post (id);

ALTER TABLE journal ADD CONSTRAINT journal_person_id_fkey FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE journal ADD CONSTRAINT journal_post_id_fkey FOREIGN KEY(post_id) REFERENCES post (id);

DROP TABLE message_reaction;

DROP TABLE user_stats;

DROP INDEX ix_task_user_id;

DROP TABLE task;

DROP INDEX ix_message_user_id;

DROP INDEX ix_message_task_id;

DROP INDEX ix_message_message_tree_id;

DROP INDEX ix_message_frontend_message_id;

DROP TABLE message;

DROP INDEX ix_user_username;

DROP TABLE "user";
