-- revision: v20250804085822
-- down_revision: v20250605100843
-- message: chirpstack/chirpstack delete_lora_cloud_integration

-- migrate:up
delete from
    application_integration
where
    kind = 'LoraCloud';

-- migrate:down
-- empty down in the source history
