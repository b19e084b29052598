-- revision: v20250325115141
-- down_revision: v20250325114848
-- message: openmeterio/openmeter ent_subs_annotation

-- migrate:up
-- Let's add a migration that select all entitlements that are subscription managed, then
-- 1. find the subscription that it references (through item and phase)
-- 2. add the subscription.id annotation with the subscription's id (if not present) to the entitlement
UPDATE entitlements e
SET annotations = jsonb_set(
    CASE
        WHEN e.annotations IS NULL THEN '{}'::jsonb
        ELSE e.annotations
    END,
    '{subscription.id}',
    to_jsonb(sp.subscription_id)
)
FROM subscription_items si
JOIN subscription_phases sp ON si.phase_id = sp.id
WHERE e.subscription_managed = TRUE
AND e.id = si.entitlement_id
AND (e.annotations IS NULL OR e.annotations->>'subscription.id' IS NULL);

-- migrate:down
-- This down migration removes the subscription.id annotation from entitlements
-- We'll only run this on entitlements that are subscription_managed = true to be safe

UPDATE entitlements e
SET annotations = e.annotations - 'subscription.id'
WHERE e.subscription_managed = TRUE
AND e.annotations->>'subscription.id' IS NOT NULL;
