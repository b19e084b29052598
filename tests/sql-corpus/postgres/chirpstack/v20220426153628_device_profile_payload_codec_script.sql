-- revision: v20220426153628
-- down_revision: v00000000000000
-- message: chirpstack/chirpstack device_profile_payload_codec_script

-- migrate:up
alter table device_profile
    drop column payload_decoder_config,
    drop column payload_encoder_config,
    add column payload_codec_script text not null default '';

alter table device_profile
    alter column payload_codec_script drop default;

-- migrate:down
alter table device_profile
    drop column payload_codec_script,
    add column payload_decoder_config text not null default '',
    add column payload_encoder_config text not null default '';

alter table device_profile
    alter column payload_decoder_config drop default,
    alter column payload_decoder_config drop default;
