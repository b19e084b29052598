-- revision: v20250513144141
-- down_revision: v20250513094141
-- message: civitai/civitai add_incident_type
-- transactional: false

-- migrate:up
ALTER TYPE "ChangelogType" ADD VALUE 'Incident';

-- migrate:down irreversible
