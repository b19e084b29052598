-- revision: v20251015150737
-- down_revision: v20250926112031
-- message: heroiclabs/nakama add_user_notes_audit_acl_templates

-- migrate:up
CREATE TABLE IF NOT EXISTS users_notes (
    PRIMARY KEY (user_id, create_time, id),
    FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE,
    UNIQUE (id),

    id          UUID NOT NULL,
    user_id     UUID NOT NULL,
    create_time TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    update_time TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    note TEXT   NOT NULL,
    create_id   UUID DEFAULT NULL,
    update_id   UUID DEFAULT NULL
);

CREATE TABLE IF NOT EXISTS console_audit_log (
   PRIMARY KEY (create_time, console_username, action, resource, id),
   UNIQUE (id),

   create_time      TIMESTAMPTZ NOT NULL DEFAULT NOW(),
   id               UUID NOT NULL,
   console_user_id  UUID NOT NULL,
   console_username TEXT NOT NULL,
   email            TEXT NOT NULL,
   action           TEXT NOT NULL,
   resource         TEXT NOT NULL,
   message          TEXT NOT NULL,
   metadata         JSONB NOT NULL DEFAULT '{}'
);

CREATE TABLE IF NOT EXISTS console_acl_template (
    PRIMARY KEY (id),

    "id"          UUID         NOT NULL,
    "name"        VARCHAR(64)  NOT NULL CHECK (length("name") > 0) CONSTRAINT template_name_uniq UNIQUE,
    "description" VARCHAR(64)  NOT NULL DEFAULT '',
    "acl"         JSONB        NOT NULL DEFAULT '{}',
    create_time   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    update_time   TIMESTAMPTZ  NOT NULL DEFAULT now()
);


-- migrate:down
DROP TABLE IF EXISTS console_audit_log;
DROP TABLE IF EXISTS users_notes;
DROP TABLE IF EXISTS console_acl_template;
