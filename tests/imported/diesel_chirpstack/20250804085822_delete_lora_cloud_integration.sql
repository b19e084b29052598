-- revision: 20250804085822
-- down_revision: 20250605100843
-- message: delete lora cloud integration
-- imported from diesel 2025-08-04-085822_delete_lora_cloud_integration/up.sql

-- migrate:up
delete from
    application_integration
where
    kind = 'LoraCloud';
-- migrate:down
-- nothing to undo (empty in the source)
