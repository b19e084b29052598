-- revision: v1579713200
-- down_revision: v1579713199
-- message: concourse/concourse alter_parent_id_constraint_on_volumes

-- migrate:up

ALTER TABLE volumes DROP CONSTRAINT volumes_parent_id_fkey;

ALTER TABLE volumes ADD CONSTRAINT volumes_parent_id_fkey
  FOREIGN KEY (parent_id, parent_state)
  REFERENCES volumes (id, state) ON DELETE NO ACTION DEFERRABLE;

CREATE INDEX missing_volumes_idx ON volumes (state) WHERE missing_since IS NOT NULL;


-- migrate:down

ALTER TABLE volumes DROP CONSTRAINT volumes_parent_id_fkey;

ALTER TABLE ONLY volumes
    ADD CONSTRAINT volumes_parent_id_fkey FOREIGN KEY (parent_id, parent_state) REFERENCES volumes(id, state) ON DELETE RESTRICT;

DROP INDEX missing_volumes_idx;

