-- revision: v20251230114920
-- down_revision: v20251216153810
-- message: openmeterio/openmeter static_entitlement_config

-- migrate:up
--- Update JSON configs to store JSON objects instead of their base64 encoded JSON string representation.
UPDATE entitlements
SET config = ((convert_from(decode((config #>> '{}')::text, 'base64'), 'UTF8'))::jsonb #>> '{}')::jsonb
WHERE entitlement_type = 'static' AND config IS NOT NULL;

-- migrate:down
--- Restore config data.
UPDATE entitlements
SET config = to_jsonb(encode(convert_to(to_json(config::text)::text, 'UTF8'), 'base64')::text)
WHERE entitlement_type = 'static' AND config IS NOT NULL;
