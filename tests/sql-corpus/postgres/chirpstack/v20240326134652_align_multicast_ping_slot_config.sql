-- revision: v20240326134652
-- down_revision: v20240207083424
-- message: chirpstack/chirpstack align_multicast_ping_slot_config

-- migrate:up
alter table multicast_group
  rename column class_b_ping_slot_period to class_b_ping_slot_nb_k;

update multicast_group set class_b_ping_slot_nb_k = coalesce(log(2, nullif(class_b_ping_slot_nb_k, 0) / 32), 0);

alter table multicast_group
  alter column class_b_ping_slot_nb_k type smallint;
  

-- migrate:down
alter table multicast_group
  alter column class_b_ping_slot_nb_k type integer;

update multicast_group set class_b_ping_slot_nb_k = coalesce(pow(2, nullif(class_b_ping_slot_nb_k, 0)) * 32, 0);

alter table multicast_group
  rename column class_b_ping_slot_nb_k to class_b_ping_slot_period;

