-- revision: v20230112130153
-- down_revision: v20230103201442
-- message: chirpstack/chirpstack rename_ping_slot_period_ping_slot_nb_k

-- migrate:up
alter table device_profile
    rename column class_b_ping_slot_period to class_b_ping_slot_nb_k;

alter table device_profile_template
    rename column class_b_ping_slot_period to class_b_ping_slot_nb_k;

-- migrate:down
alter table device_profile
    rename column class_b_ping_slot_nb_k to class_b_ping_slot_period;

alter table device_profile_template
    rename column class_b_ping_slot_nb_k to class_b_ping_slot_period;
