-- revision: v20260810064730
-- down_revision: v20260809172658
-- message: openmeterio/openmeter backfill_subscription_item_currencies

-- migrate:up
-- Materialize the inherited subscription fiat currency on legacy priced items.
-- Mark modified rows so the data change is attributable and reversible.
-- BEGIN; (the revision's own transaction)

UPDATE subscription_items AS item
SET
  currency = subscription.currency,
  annotations =
    CASE
      WHEN item.annotations IS NULL OR item.annotations = 'null'::jsonb
        THEN '{}'::jsonb
      ELSE item.annotations
    END ||
    jsonb_build_object(
      'dbmigration:backfill_subscription_item_currencies',
      to_char(
        CURRENT_TIMESTAMP AT TIME ZONE 'UTC',
        'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'
      )
    ),
  updated_at = CURRENT_TIMESTAMP
FROM subscription_phases AS phase
JOIN subscriptions AS subscription
  ON subscription.id = phase.subscription_id
 AND subscription.namespace = phase.namespace
WHERE item.phase_id = phase.id
  AND item.namespace = phase.namespace
  AND item.price IS NOT NULL
  AND item.currency IS NULL
  AND item.custom_currency_id IS NULL
  AND NOT COALESCE(
    item.annotations ? 'dbmigration:backfill_subscription_item_currencies',
    false
  );

-- COMMIT; (the revision's own transaction)

-- migrate:down
-- BEGIN; (the revision's own transaction)

UPDATE subscription_items
SET
  currency = NULL,
  annotations = CASE
    WHEN annotations - 'dbmigration:backfill_subscription_item_currencies' = '{}'::jsonb
      THEN NULL
    ELSE annotations - 'dbmigration:backfill_subscription_item_currencies'
  END,
  updated_at = CURRENT_TIMESTAMP
WHERE annotations ? 'dbmigration:backfill_subscription_item_currencies';

-- COMMIT; (the revision's own transaction)
