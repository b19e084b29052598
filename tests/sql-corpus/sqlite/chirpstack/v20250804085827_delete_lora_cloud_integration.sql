-- revision: v20250804085827
-- down_revision: v20250605110620
-- message: chirpstack/chirpstack delete_lora_cloud_integration

-- migrate:up
delete from
    application_integration
where
    kind = 'LoraCloud';

-- migrate:down
-- empty down in the source history
