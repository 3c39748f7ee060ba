-- Reference data is not demo data (issue 11.1).
--
-- 1. The indicator catalog comes with the migrations, so a deployment without the demo can import
--    values at once. Each indicator carries a source priority: the order in which sources win when
--    a region has values from several (src/modules/indicator/indicator.sources.ts applies it, the
--    same at every level, so a roll-up and the desa under it report the same source).
ALTER TABLE "indicator" ADD COLUMN "source_priority" TEXT[] NOT NULL DEFAULT '{}';

INSERT INTO "indicator" ("code", "name", "description", "unit", "polarity", "kind",
                         "numerator_def", "denominator_def", "source_priority")
VALUES
  ('STUNTING', 'Stunting (routine measurement)',
   'Share of children under five measured at posyandu/puskesmas (e-PPGBM) whose length/height-for-age z-score is below −2 SD of the WHO standard. Biased by attendance: read with the measurement coverage.',
   'PERCENT', 'LOWER_IS_BETTER', 'ROUTINE_RATE', 'Children 0–59 months with HAZ < −2 (latest valid measurement in the period)',
   'Children 0–59 months measured in the period', '{e-PPGBM}'),
  ('SEVERE_STUNTING', 'Severe stunting (routine measurement)',
   'Share of children under five measured whose length/height-for-age z-score is below −3 SD (e-PPGBM).',
   'PERCENT', 'LOWER_IS_BETTER', 'ROUTINE_RATE', 'Children 0–59 months with HAZ < −3',
   'Children 0–59 months measured in the period', '{e-PPGBM}'),
  ('WASTING', 'Wasting (routine measurement)',
   'Share of children under five measured whose weight-for-length/height z-score is below −2 SD (e-PPGBM).',
   'PERCENT', 'LOWER_IS_BETTER', 'ROUTINE_RATE', 'Children 0–59 months with WHZ < −2',
   'Children 0–59 months measured in the period', '{e-PPGBM}'),
  ('UNDERWEIGHT', 'Underweight (routine measurement)',
   'Share of children under five measured whose weight-for-age z-score is below −2 SD (e-PPGBM).',
   'PERCENT', 'LOWER_IS_BETTER', 'ROUTINE_RATE', 'Children 0–59 months with WAZ < −2',
   'Children 0–59 months measured in the period', '{e-PPGBM}'),
  ('STUNTING_SURVEY', 'Stunting prevalence (survey estimate)',
   'Prevalence of stunting among children under five estimated by the national nutrition survey (SSGI 2021, 2022, 2024; SKI 2023) at kabupaten/kota level, with its confidence interval where published. Stored as published, never recomputed from routine data.',
   'PERCENT', 'LOWER_IS_BETTER', 'SURVEY_ESTIMATE', NULL,
   NULL, '{SSGI,SKI}')
ON CONFLICT ("code") DO UPDATE SET "source_priority" = EXCLUDED."source_priority";

-- 2. Synthetic rows say so in a column. A row is synthetic when it was written in a transaction
--    that declared so (set_config('petagizi.synthetic', 'on', true): the demo seed does); every
--    other writer (importers, mutations) writes real rows without knowing about it.
CREATE FUNCTION "petagizi_writing_synthetic"() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT COALESCE(current_setting('petagizi.synthetic', true), '') = 'on'
$$;

ALTER TABLE "indicator_value"        ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "child"                  ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "measurement"            ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "agency"                 ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "program"                ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "program_coverage"       ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "activity"               ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "activity_week"          ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "indicator_target"       ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "priority_village"       ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "monitored_family"       ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "monitoring_checkin"     ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "action_report"          ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "assessment_grade_scale" ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "assessment_item"        ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "assessment_grade"       ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "facility"               ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "facility_service_area"  ADD COLUMN "synthetic" BOOLEAN NOT NULL DEFAULT false;
-- Region names and codes are real (idn-area-data); only a boundary can be made up.
ALTER TABLE "region" ADD COLUMN "geom_synthetic" BOOLEAN NOT NULL DEFAULT false;

-- A database seeded before this migration: the demo wrote these rows (its source strings say so;
-- program tables without a source column were written by nothing else in a demo database).
UPDATE "indicator_value" SET "synthetic" = true
  WHERE "source" = 'synthetic demo (e-PPGBM-like counts)';
UPDATE "child" SET "synthetic" = true WHERE "source" LIKE 'synthetic demo%';
UPDATE "measurement" SET "synthetic" = true
  WHERE "child_id" IN (SELECT "id" FROM "child" WHERE "synthetic");
UPDATE "program_coverage" SET "synthetic" = true WHERE "source" LIKE 'synthetic demo%';
UPDATE "monitored_family" SET "synthetic" = true WHERE "source" LIKE 'synthetic demo%';
UPDATE "monitoring_checkin" SET "synthetic" = true
  WHERE "family_id" IN (SELECT "id" FROM "monitored_family" WHERE "synthetic");
UPDATE "facility" SET "synthetic" = true WHERE "source" LIKE 'synthetic demo%';
UPDATE "facility_service_area" SET "synthetic" = true
  WHERE "puskesmas_id" IN (SELECT "id" FROM "facility" WHERE "synthetic");
UPDATE "region" SET "geom_synthetic" = true
  WHERE "geom_source" = 'synthetic demo geometry (not real boundaries)';
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM "indicator_value" WHERE "synthetic") THEN
    UPDATE "agency" SET "synthetic" = true;
    UPDATE "program" SET "synthetic" = true;
    UPDATE "activity" SET "synthetic" = true;
    UPDATE "activity_week" SET "synthetic" = true;
    UPDATE "indicator_target" SET "synthetic" = true;
    UPDATE "priority_village" SET "synthetic" = true;
    UPDATE "action_report" SET "synthetic" = true;
    UPDATE "assessment_grade_scale" SET "synthetic" = true;
    UPDATE "assessment_item" SET "synthetic" = true;
    UPDATE "assessment_grade" SET "synthetic" = true;
  END IF;
END;
$$;

-- From now on the writing transaction decides.
ALTER TABLE "indicator_value"        ALTER COLUMN "synthetic" SET DEFAULT "petagizi_writing_synthetic"();
ALTER TABLE "child"                  ALTER COLUMN "synthetic" SET DEFAULT "petagizi_writing_synthetic"();
ALTER TABLE "measurement"            ALTER COLUMN "synthetic" SET DEFAULT "petagizi_writing_synthetic"();
ALTER TABLE "agency"                 ALTER COLUMN "synthetic" SET DEFAULT "petagizi_writing_synthetic"();
ALTER TABLE "program"                ALTER COLUMN "synthetic" SET DEFAULT "petagizi_writing_synthetic"();
ALTER TABLE "program_coverage"       ALTER COLUMN "synthetic" SET DEFAULT "petagizi_writing_synthetic"();
ALTER TABLE "activity"               ALTER COLUMN "synthetic" SET DEFAULT "petagizi_writing_synthetic"();
ALTER TABLE "activity_week"          ALTER COLUMN "synthetic" SET DEFAULT "petagizi_writing_synthetic"();
ALTER TABLE "indicator_target"       ALTER COLUMN "synthetic" SET DEFAULT "petagizi_writing_synthetic"();
ALTER TABLE "priority_village"       ALTER COLUMN "synthetic" SET DEFAULT "petagizi_writing_synthetic"();
ALTER TABLE "monitored_family"       ALTER COLUMN "synthetic" SET DEFAULT "petagizi_writing_synthetic"();
ALTER TABLE "monitoring_checkin"     ALTER COLUMN "synthetic" SET DEFAULT "petagizi_writing_synthetic"();
ALTER TABLE "action_report"          ALTER COLUMN "synthetic" SET DEFAULT "petagizi_writing_synthetic"();
ALTER TABLE "assessment_grade_scale" ALTER COLUMN "synthetic" SET DEFAULT "petagizi_writing_synthetic"();
ALTER TABLE "assessment_item"        ALTER COLUMN "synthetic" SET DEFAULT "petagizi_writing_synthetic"();
ALTER TABLE "assessment_grade"       ALTER COLUMN "synthetic" SET DEFAULT "petagizi_writing_synthetic"();
ALTER TABLE "facility"               ALTER COLUMN "synthetic" SET DEFAULT "petagizi_writing_synthetic"();
ALTER TABLE "facility_service_area"  ALTER COLUMN "synthetic" SET DEFAULT "petagizi_writing_synthetic"();

-- A boundary is synthetic when the transaction that wrote it said so; a real import over it
-- clears the mark.
CREATE OR REPLACE FUNCTION "region_derive_geometry"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."geom" IS NULL THEN
    NEW."area_km2" := NULL;
    NEW."label_point" := NULL;
    NEW."geom_synthetic" := false;
  ELSE
    NEW."area_km2" := ST_Area(NEW."geom"::geography) / 1e6;
    NEW."label_point" := ST_PointOnSurface(NEW."geom");
    NEW."geom_synthetic" := "petagizi_writing_synthetic"();
  END IF;
  IF TG_OP = 'UPDATE' THEN
    NEW."geom_version" := OLD."geom_version" + 1;
  END IF;
  RETURN NEW;
END;
$$;
