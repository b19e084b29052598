-- revision: v020
-- down_revision: v019
-- message: ArroyoSystems/arroyo pipeline_v2

-- migrate:up
ALTER TABLE pipelines
ADD COLUMN proto_version INT NOT NULL DEFAULT 1;

-- migrate:down irreversible
