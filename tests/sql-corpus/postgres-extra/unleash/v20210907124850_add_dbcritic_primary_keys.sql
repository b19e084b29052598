-- revision: v20210907124850
-- down_revision: v20210907124058
-- message: Unleash/unleash add_dbcritic_primary_keys

-- migrate:up
ALTER TABLE feature_tag
                DROP CONSTRAINT feature_tag_feature_name_tag_type_tag_value_key;
            ALTER TABLE feature_tag
                ADD PRIMARY KEY (feature_name, tag_type, tag_value);

-- migrate:down irreversible
