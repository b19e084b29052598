-- revision: v20250815072132
-- down_revision: v20250811130613
-- message: openmeterio/openmeter force_continuous_lines_annotation

-- migrate:up
UPDATE billing_invoice_lines
    SET annotations = annotations || '{"billing.subscription.sync.force-continuous-lines": true}'
    WHERE
         (annotations is not null and annotations <> 'null'::jsonb) and (annotations -> 'billing.subscription.sync.ignore' = 'true'::jsonb);

-- migrate:down
-- empty down in the source history
