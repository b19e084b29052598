-- revision: v20260806220000
-- down_revision: v20260720000000
-- message: lakekeeper/lakekeeper add_warehouse_validate_endpoints

-- migrate:up
alter type api_endpoints add value if not exists 'management-v1-validate-warehouse';
alter type api_endpoints add value if not exists 'management-v1-validate-storage-profile';
alter type api_endpoints add value if not exists 'management-v1-validate-storage-credential';
alter type api_endpoints add value if not exists 'management-v1-validate-storage-access';

-- migrate:down irreversible
