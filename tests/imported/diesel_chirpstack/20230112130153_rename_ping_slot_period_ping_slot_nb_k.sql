-- revision: 20230112130153
-- down_revision: 20230103201442
-- message: rename ping slot period ping slot nb k
-- imported from diesel 2023-01-12-130153_rename_ping_slot_period_ping_slot_nb_k/up.sql

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
