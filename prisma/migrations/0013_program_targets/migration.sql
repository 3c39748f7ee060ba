-- Program targets per year (issue 16.6): the coverage (percent reached of the target population)
-- a program should reach in a region in a year. A target set for a region holds for every region
-- below it that has no target of its own (a kabupaten's target is its desa's reference).
CREATE TABLE "program_target" (
  "region_kode"    TEXT COLLATE "C" NOT NULL REFERENCES "region" ("kode"),
  "program_code"   TEXT NOT NULL REFERENCES "program" ("code"),
  "year"           INTEGER NOT NULL CHECK ("year" BETWEEN 2000 AND 2100),
  "target_percent" DOUBLE PRECISION NOT NULL CHECK ("target_percent" BETWEEN 0 AND 100),
  "source"         TEXT NOT NULL,
  "updated_at"     TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  "synthetic"      BOOLEAN NOT NULL DEFAULT "petagizi_writing_synthetic"(),
  PRIMARY KEY ("program_code", "year", "region_kode")
);
CREATE INDEX "program_target_region_idx" ON "program_target" ("region_kode");
