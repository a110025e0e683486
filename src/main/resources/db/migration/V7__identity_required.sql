-- Every record now has its UUID (V6): from here on one is made with each record, and no two are alike.
-- The old audit trail has been moved to audit_event (V6) and goes.
ALTER TABLE organisation ALTER COLUMN uid SET NOT NULL;
ALTER TABLE prospectus ALTER COLUMN uid SET NOT NULL;
ALTER TABLE prospectus ALTER COLUMN series_uid SET NOT NULL;
ALTER TABLE prospectus_priority ALTER COLUMN uid SET NOT NULL;
ALTER TABLE outcome_measure ALTER COLUMN uid SET NOT NULL;
ALTER TABLE consultation_response ALTER COLUMN uid SET NOT NULL;
ALTER TABLE specification ALTER COLUMN uid SET NOT NULL;
ALTER TABLE specification ALTER COLUMN series_uid SET NOT NULL;
ALTER TABLE specification_section ALTER COLUMN uid SET NOT NULL;
ALTER TABLE pathway_step ALTER COLUMN uid SET NOT NULL;
ALTER TABLE quality_requirement ALTER COLUMN uid SET NOT NULL;
ALTER TABLE specification_template ALTER COLUMN uid SET NOT NULL;
ALTER TABLE priority_specification ALTER COLUMN uid SET NOT NULL;
ALTER TABLE organisation ALTER COLUMN updated_at SET NOT NULL;
ALTER TABLE prospectus ALTER COLUMN updated_at SET NOT NULL;
ALTER TABLE specification ALTER COLUMN updated_at SET NOT NULL;
ALTER TABLE specification_template ALTER COLUMN updated_at SET NOT NULL;

ALTER TABLE organisation ADD CONSTRAINT uq_organisation_uid UNIQUE (uid);
ALTER TABLE prospectus ADD CONSTRAINT uq_prospectus_uid UNIQUE (uid);
ALTER TABLE prospectus_priority ADD CONSTRAINT uq_prospectus_priority_uid UNIQUE (uid);
ALTER TABLE outcome_measure ADD CONSTRAINT uq_outcome_measure_uid UNIQUE (uid);
ALTER TABLE consultation_response ADD CONSTRAINT uq_consultation_response_uid UNIQUE (uid);
ALTER TABLE specification ADD CONSTRAINT uq_specification_uid UNIQUE (uid);
ALTER TABLE specification_section ADD CONSTRAINT uq_specification_section_uid UNIQUE (uid);
ALTER TABLE pathway_step ADD CONSTRAINT uq_pathway_step_uid UNIQUE (uid);
ALTER TABLE quality_requirement ADD CONSTRAINT uq_quality_requirement_uid UNIQUE (uid);
ALTER TABLE specification_template ADD CONSTRAINT uq_specification_template_uid UNIQUE (uid);
ALTER TABLE priority_specification ADD CONSTRAINT uq_priority_specification_uid UNIQUE (uid);

CREATE INDEX ix_prospectus_series_uid ON prospectus (series_uid);
CREATE INDEX ix_specification_series_uid ON specification (series_uid);

DROP TABLE audit_log;
