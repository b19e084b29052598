-- revision: v20220411103724
-- down_revision: v20220408081222
-- message: Unleash/unleash add_legal_value_description

-- migrate:up
-- 1. Convert '1,2,3'::text to "1,2,3"::json
        ALTER TABLE context_fields
        ALTER COLUMN legal_values SET DATA TYPE json USING to_json(legal_values);

        -- 2. Convert "1,2,3"::json to [{"value":"1"}, ...]::json.
        WITH sub AS (
            SELECT a.name, b.json AS legal_values
            FROM context_fields AS a
            LEFT JOIN (
                SELECT name, json_agg(json_build_object('value', value)) AS json
                FROM context_fields
                CROSS JOIN unnest(string_to_array(legal_values #>> '{}', ',')) AS value
                GROUP BY name
            ) AS b ON a.name = b.name
        )
        UPDATE context_fields SET legal_values = sub.legal_values
        FROM sub
        WHERE context_fields.name = sub.name;

-- migrate:down irreversible
