-- revision: c7cc36820d4b
-- down_revision: ed1b00ff963d
-- message: ethyca/fides rename_user_name_tables_and_indexes

-- migrate:up
-- alembic: upgrade ed1b00ff963d -> c7cc36820d4b

ALTER TABLE fidesopsuser RENAME TO fidesuser;

ALTER INDEX fidesopsuser_pkey RENAME TO fidesuser_pkey;

ALTER INDEX ix_fidesopsuser_id RENAME TO ix_fidesuser_id;

ALTER INDEX ix_fidesopsuser_username RENAME TO ix_fidesuser_username;

ALTER TABLE fidesopsuserpermissions RENAME TO fidesuserpermissions;

ALTER INDEX fidesopsuserpermissions_pkey RENAME TO fidesuserpermission_pkey;

ALTER INDEX fidesopsuserpermissions_user_id_key RENAME TO fidesuserpermissions_user_id_key;

ALTER INDEX ix_fidesopsuserpermissions_id RENAME TO ix_fidesuserpermissions_id;

ALTER TABLE fidesuserpermissions DROP CONSTRAINT fidesopsuserpermissions_user_id_fkey;

ALTER TABLE fidesuserpermissions ADD CONSTRAINT fidesuserpermissions_user_id_fkey FOREIGN KEY(user_id) REFERENCES fidesuser (id);

ALTER TABLE client DROP CONSTRAINT client_user_id_fkey;

ALTER TABLE client ADD CONSTRAINT client_user_id_fkey FOREIGN KEY(user_id) REFERENCES fidesuser (id);

ALTER TABLE privacyrequest DROP CONSTRAINT privacyrequest_reviewed_by_fkey;

ALTER TABLE privacyrequest ADD CONSTRAINT privacyrequest_reviewed_by_fkey FOREIGN KEY(reviewed_by) REFERENCES fidesuser (id);

ALTER TABLE privacyrequest DROP CONSTRAINT privacyrequest_reviewed_by_fkey;

ALTER TABLE privacyrequest ADD FOREIGN KEY(reviewed_by) REFERENCES fidesuser (id) ON DELETE SET NULL;

-- migrate:down irreversible
