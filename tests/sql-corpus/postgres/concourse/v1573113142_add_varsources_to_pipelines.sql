-- revision: v1573113142
-- down_revision: v1572899256
-- message: concourse/concourse add_varsources_to_pipelines

-- migrate:up

ALTER TABLE pipelines ADD COLUMN var_sources text,
                      ADD COLUMN nonce text;


-- migrate:down

ALTER TABLE pipelines DROP COLUMN var_sources,
                      DROP COLUMN nonce;

