-- revision: v20200805091409
-- down_revision: v20200429175747
-- message: Unleash/unleash add_feature_toggle_type

-- migrate:up
CREATE TABLE  "feature_types" ("id" VARCHAR (255) PRIMARY KEY NOT NULL, "name" VARCHAR  NOT NULL, "description" VARCHAR  , "lifetime_days" INTEGER  );

INSERT INTO feature_types(id, name, description, lifetime_days) VALUES('release', 'Release', 'Used to enable trunk-based development for teams practicing Continuous Delivery.', 40);
              INSERT INTO feature_types(id, name, description, lifetime_days) VALUES('experiment', 'Experiment', 'Used to perform multivariate or A/B testing.', 40);
              INSERT INTO feature_types(id, name, description, lifetime_days) VALUES('operational', 'Operational', 'Used to control operational aspects of the system behavior.', 7);
              INSERT INTO feature_types(id, name, description, lifetime_days) VALUES('kill-switch', 'Kill switch', 'Used to to gracefully degrade system functionality.', null);
              INSERT INTO feature_types(id, name, description, lifetime_days) VALUES('permission', 'Permission', 'Used to change the features or product experience that certain users receive.', null);

-- migrate:down irreversible
