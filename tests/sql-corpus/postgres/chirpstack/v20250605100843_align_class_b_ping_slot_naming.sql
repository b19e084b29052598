-- revision: v20250605100843
-- down_revision: v20250121093745
-- message: chirpstack/chirpstack align_class_b_ping_slot_naming

-- migrate:up
alter table device_profile_template
    rename column class_b_ping_slot_nb_k to class_b_ping_slot_periodicity;

alter table multicast_group
    rename column class_b_ping_slot_nb_k to class_b_ping_slot_periodicity;

alter table fuota_deployment
    rename column multicast_class_b_ping_slot_nb_k to multicast_class_b_ping_slot_periodicity;

-- migrate:down
alter table fuota_deployment
    rename column multicast_class_b_ping_slot_periodicity to multicast_class_b_ping_slot_nb_k;

alter table multicast_group
    rename column class_b_ping_slot_periodicity to class_b_ping_slot_nb_k;

alter table device_profile_template
    rename column class_b_ping_slot_periodicity to class_b_ping_slot_nb_k;
