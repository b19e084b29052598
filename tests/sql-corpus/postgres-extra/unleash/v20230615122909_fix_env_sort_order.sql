-- revision: v20230615122909
-- down_revision: v20230510113903
-- message: Unleash/unleash fix_env_sort_order

-- migrate:up
WITH sorted_environments AS (
                SELECT
                    *,
                    ROW_NUMBER() OVER (
                        ORDER BY
                            sort_order,
                            created_at
                        ) AS new_sort_order
                FROM
                    environments
            )
            UPDATE
                environments
            SET
                sort_order = sorted_environments.new_sort_order
            FROM
                sorted_environments
            WHERE
                environments.name = sorted_environments.name;

-- migrate:down irreversible
