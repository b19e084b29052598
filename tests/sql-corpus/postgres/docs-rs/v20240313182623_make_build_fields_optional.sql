-- revision: v20240313182623
-- down_revision: v20240313103708
-- message: rust-lang/docs.rs make_build_fields_optional

-- migrate:up
ALTER TABLE builds 
    ALTER COLUMN rustc_version DROP NOT NULL, 
    ALTER COLUMN docsrs_version DROP NOT NULL, 
    ALTER COLUMN build_time DROP NOT NULL, 
    ALTER COLUMN build_time DROP DEFAULT, 
    ALTER COLUMN build_server DROP NOT NULL, 
    ALTER COLUMN build_server DROP DEFAULT;

-- migrate:down
DELETE FROM builds WHERE (
    rustc_version IS NULL OR 
    docsrs_version IS NULL OR 
    build_time IS NULL OR 
    build_server IS NULL
);


ALTER TABLE builds 
    ALTER COLUMN rustc_version SET NOT NULL, 
    ALTER COLUMN docsrs_version SET NOT NULL, 
    ALTER COLUMN build_time SET NOT NULL, 
    ALTER COLUMN build_time SET DEFAULT now(),
    ALTER COLUMN build_server SET NOT NULL, 
    ALTER COLUMN build_server SET DEFAULT '';
