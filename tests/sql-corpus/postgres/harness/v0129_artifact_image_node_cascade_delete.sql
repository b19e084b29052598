-- revision: v0129
-- down_revision: v0128
-- message: harness/harness artifact_image_node_cascade_delete

-- migrate:up
alter table artifacts
    drop constraint fk_images_image_id;

alter table artifacts
    add constraint fk_images_image_id
        foreign key (artifact_image_id) references images
            on delete cascade;

alter table images
    drop constraint fk_registries_registry_id;

alter table images
    add constraint fk_registries_registry_id
        foreign key (image_registry_id) references registries
            on delete cascade;

alter table nodes
    drop constraint nodes_node_registry_id_fkey;

alter table nodes
    add foreign key (node_registry_id) references registries
        on delete cascade;

create index if not exists layer_manifest_id_idx
    on layers (layer_manifest_id);

create index if not exists manifest_manifest_subject_id_idx
    on manifests (manifest_subject_id);

create index if not exists gc_manifest_id_index
    on gc_manifest_review_queue (manifest_id);

create index if not exists  tag_manifest_id_index
    on tags (tag_manifest_id);

create index if not exists  manifest_ref_child_id_idx
    on manifest_references (manifest_ref_child_id);

create index if not exists  manifest_ref_parent_id_idx
    on manifest_references (manifest_ref_parent_id);


-- migrate:down
alter table artifacts
    drop constraint fk_images_image_id;

alter table artifacts
    add constraint fk_images_image_id
        foreign key (artifact_image_id) references images;

alter table images
    drop constraint fk_registries_registry_id;

alter table images
    add constraint fk_registries_registry_id
        foreign key (image_registry_id) references registries;

alter table nodes
    drop constraint nodes_node_registry_id_fkey;

alter table nodes
    add foreign key (node_registry_id) references registries;

drop index if exists layer_manifest_id_idx;
drop index if exists manifest_manifest_subject_id_idx;
drop index if exists gc_manifest_id_index;
drop index if exists tag_manifest_id_index;
drop index if exists manifest_ref_child_id_idx;
drop index if exists manifest_ref_parent_id_idx;
