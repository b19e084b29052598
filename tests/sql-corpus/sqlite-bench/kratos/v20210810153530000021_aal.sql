-- revision: v20210810153530000021
-- down_revision: v20210810153530000020
-- message: ory/kratos aal

-- migrate:up
-- empty up in the source history

-- migrate:down

DROP TABLE "sessions";
