-- revision: aaa81d97a6f6
-- down_revision: f53e04e5b7f5
-- message: ethyca/fides prepend_tables_with_ctl

-- migrate:up
-- alembic: upgrade f53e04e5b7f5 -> aaa81d97a6f6

ALTER TABLE data_categories RENAME TO ctl_data_categories;

ALTER INDEX data_categories_pkey RENAME TO ctl_data_categories_pkey;

ALTER INDEX ix_data_categories_fides_key RENAME TO ix_ctl_data_categories_fides_key;

ALTER INDEX ix_data_categories_id RENAME TO ix_ctl_data_categories_id;

ALTER TABLE data_subjects RENAME TO ctl_data_subjects;

ALTER INDEX data_subjects_pkey RENAME TO ctl_data_subjects_pkey;

ALTER INDEX ix_data_subjects_fides_key RENAME TO ix_ctl_data_subjects_fides_key;

ALTER INDEX ix_data_subjects_id RENAME TO ix_ctl_data_subjects_id;

ALTER TABLE data_uses RENAME TO ctl_data_uses;

ALTER INDEX data_uses_pkey RENAME TO ctl_data_uses_pkey;

ALTER INDEX ix_data_uses_fides_key RENAME TO ix_ctl_data_uses_fides_key;

ALTER INDEX ix_data_uses_id RENAME TO ix_ctl_data_uses_id;

ALTER TABLE data_qualifiers RENAME TO ctl_data_qualifiers;

ALTER INDEX data_qualifiers_pkey RENAME TO ctl_data_qualifiers_pkey;

ALTER INDEX ix_data_qualifiers_fides_key RENAME TO ix_ctl_data_qualifiers_fides_key;

ALTER INDEX ix_data_qualifiers_id RENAME TO ix_ctl_data_qualifiers_id;

ALTER TABLE datasets RENAME TO ctl_datasets;

ALTER INDEX data_sets_pkey RENAME TO ctl_datasets_pkey;

ALTER INDEX ix_datasets_fides_key RENAME TO ix_ctl_datasets_fides_key;

ALTER INDEX ix_datasets_id RENAME TO ix_ctl_datasets_id;

ALTER TABLE evaluations RENAME TO ctl_evaluations;

ALTER INDEX evaluations_pkey RENAME TO ctl_evaluations_pkey;

ALTER INDEX ix_evaluations_fides_key RENAME TO ix_ctl_evaluations_fides_key;

ALTER INDEX ix_evaluations_id RENAME TO ix_ctl_evaluations_id;

ALTER TABLE organizations RENAME TO ctl_organizations;

ALTER INDEX organizations_pkey RENAME TO ctl_organizations_pkey;

ALTER INDEX ix_organizations_fides_key RENAME TO ix_ctl_organizations_fides_key;

ALTER INDEX ix_organizations_id RENAME TO ix_ctl_organizations_id;

ALTER TABLE policies RENAME TO ctl_policies;

ALTER INDEX policies_pkey RENAME TO ctl_policies_pkey;

ALTER INDEX ix_policies_fides_key RENAME TO ix_ctl_policies_fides_key;

ALTER INDEX ix_policies_id RENAME TO ix_ctl_policies_id;

ALTER TABLE registries RENAME TO ctl_registries;

ALTER INDEX registries_pkey RENAME TO ctl_registries_pkey;

ALTER INDEX ix_registries_fides_key RENAME TO ix_ctl_registries_fides_key;

ALTER INDEX ix_registries_id RENAME TO ix_ctl_registries_id;

ALTER TABLE systems RENAME TO ctl_systems;

ALTER INDEX systems_pkey RENAME TO ctl_systems_pkey;

ALTER INDEX ix_systems_fides_key RENAME TO ix_ctl_systems_fides_key;

ALTER INDEX ix_systems_id RENAME TO ix_ctl_systems_id;

-- migrate:down
-- alembic: downgrade aaa81d97a6f6 -> f53e04e5b7f5

ALTER TABLE ctl_data_categories RENAME TO data_categories;

ALTER INDEX ctl_data_categories_pkey RENAME TO data_categories_pkey;

ALTER INDEX ix_ctl_data_categories_fides_key RENAME TO ix_data_categories_fides_key;

ALTER INDEX ix_ctl_data_categories_id RENAME TO ix_data_categories_id;

ALTER TABLE ctl_data_subjects RENAME TO data_subjects;

ALTER INDEX ctl_data_subjects_pkey RENAME TO data_subjects_pkey;

ALTER INDEX ix_ctl_data_subjects_fides_key RENAME TO ix_data_subjects_fides_key;

ALTER INDEX ix_ctl_data_subjects_id RENAME TO ix_data_subjects_id;

ALTER TABLE ctl_data_uses RENAME TO data_uses;

ALTER INDEX ctl_data_uses_pkey RENAME TO data_uses_pkey;

ALTER INDEX ix_ctl_data_uses_fides_key RENAME TO ix_data_uses_fides_key;

ALTER INDEX ix_ctl_data_uses_id RENAME TO ix_data_uses_id;

ALTER TABLE ctl_data_qualifiers RENAME TO data_qualifiers;

ALTER INDEX ctl_data_qualifiers_pkey RENAME TO data_qualifiers_pkey;

ALTER INDEX ix_ctl_data_qualifiers_fides_key RENAME TO ix_data_qualifiers_fides_key;

ALTER INDEX ix_ctl_data_qualifiers_id RENAME TO ix_data_qualifiers_id;

ALTER TABLE ctl_datasets RENAME TO datasets;

ALTER INDEX ctl_datasets_pkey RENAME TO datasets_pkey;

ALTER INDEX ix_ctl_datasets_fides_key RENAME TO ix_datasets_fides_key;

ALTER INDEX ix_ctl_datasets_id RENAME TO ix_datasets_id;

ALTER TABLE ctl_evaluations RENAME TO evaluations;

ALTER INDEX ctl_evaluations_pkey RENAME TO evaluations_pkey;

ALTER INDEX ix_ctl_evaluations_fides_key RENAME TO ix_evaluations_fides_key;

ALTER INDEX ix_ctl_evaluations_id RENAME TO ix_evaluations_id;

ALTER TABLE ctl_organizations RENAME TO organizations;

ALTER INDEX ctl_organizations_pkey RENAME TO organizations_pkey;

ALTER INDEX ix_ctl_organizations_fides_key RENAME TO ix_organizations_fides_key;

ALTER INDEX ix_ctl_organizations_id RENAME TO ix_organizations_id;

ALTER TABLE ctl_policies RENAME TO policies;

ALTER INDEX ctl_policies_pkey RENAME TO policies_pkey;

ALTER INDEX ix_ctl_policies_fides_key RENAME TO ix_policies_fides_key;

ALTER INDEX ix_ctl_policies_id RENAME TO ix_policies_id;

ALTER TABLE ctl_registries RENAME TO registries;

ALTER INDEX ctl_registries_pkey RENAME TO registries_pkey;

ALTER INDEX ix_ctl_registries_fides_key RENAME TO ix_registries_fides_key;

ALTER INDEX ix_ctl_registries_id RENAME TO ix_registries_id;

ALTER TABLE ctl_systems RENAME TO systems;

ALTER INDEX ctl_systems_pkey RENAME TO systems_pkey;

ALTER INDEX ix_ctl_systems_fides_key RENAME TO ix_systems_fides_key;

ALTER INDEX ix_ctl_systems_id RENAME TO ix_systems_id;
