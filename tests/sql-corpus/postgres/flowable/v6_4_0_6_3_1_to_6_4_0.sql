-- revision: v6_4_0
-- down_revision: v6_3_1
-- message: flowable/flowable-engine 6_3_1_to_6_4_0

-- migrate:up
alter table ACT_ID_USER add DISPLAY_NAME_ varchar(255) default '';

update ACT_ID_PROPERTY set VALUE_ = '6.4.0.0' where NAME_ = 'schema.version';

-- migrate:down irreversible
