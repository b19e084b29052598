-- revision: eaec5004771f
-- down_revision: 555ed31b284d
-- message: PrefectHQ/prefect add_deployment_to_global_concurrency_limit_fk

-- migrate:up
-- alembic: upgrade 555ed31b284d -> eaec5004771f

ALTER TABLE deployment ADD COLUMN concurrency_limit_id UUID;

ALTER TABLE deployment ADD CONSTRAINT fk_deployment__concurrency_limit_id__concurrency_limit_v2 FOREIGN KEY(concurrency_limit_id) REFERENCES concurrency_limit_v2 (id) ON DELETE SET NULL;

WITH deployment_limit_mapping AS (
            SELECT d.id AS deployment_id, l.id AS limit_id
            FROM deployment d
            JOIN concurrency_limit_v2 l ON l.name = 'deployment:' || d.id::text
        )
        UPDATE deployment
        SET concurrency_limit_id = dlm.limit_id
        FROM deployment_limit_mapping dlm
        WHERE deployment.id = dlm.deployment_id;

-- migrate:down
-- alembic: downgrade eaec5004771f -> 555ed31b284d

ALTER TABLE deployment DROP CONSTRAINT fk_deployment__concurrency_limit_id__concurrency_limit_v2;

ALTER TABLE deployment DROP COLUMN concurrency_limit_id;
