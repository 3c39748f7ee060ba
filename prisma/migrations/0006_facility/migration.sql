-- Health facilities (issue 4): puskesmas and posyandu as points, and the dated work area of each
-- puskesmas (M:N with regions: a work area may be part of a kecamatan or cross kecamatan).
-- Kode columns use the "C" collation, like region.kode, so that a B-tree index serves "every
-- facility under kode X" as a range scan; ids use it too, so "ties by id" orders the same
-- on every server.

CREATE TYPE "FacilityKind" AS ENUM ('PUSKESMAS', 'POSYANDU');

CREATE TABLE "facility" (
  "id"            TEXT COLLATE "C" PRIMARY KEY,
  "kind"          "FacilityKind" NOT NULL,
  "name"          TEXT NOT NULL,
  "registry_code" TEXT UNIQUE,
  "desa_kode"     TEXT COLLATE "C" NOT NULL REFERENCES "region" ("kode"),
  "puskesmas_id"  TEXT COLLATE "C" REFERENCES "facility" ("id"),
  "rw"            TEXT,
  "active"        BOOLEAN NOT NULL DEFAULT true,
  "location"      geometry(Point, 4326) NOT NULL,
  "source"        TEXT NOT NULL,
  "updated_at"    TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  CONSTRAINT "facility_id_shape" CHECK ("id" ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$'),
  CONSTRAINT "facility_name_present" CHECK (length(btrim("name")) > 0),
  CONSTRAINT "facility_desa_kode_shape" CHECK ("desa_kode" ~ '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}$'),
  -- Only a posyandu sits under a puskesmas; that the parent is a puskesmas is checked on write.
  CONSTRAINT "facility_puskesmas_only_posyandu" CHECK ("kind" = 'POSYANDU' OR "puskesmas_id" IS NULL),
  CONSTRAINT "facility_not_own_puskesmas" CHECK ("puskesmas_id" IS DISTINCT FROM "id"),
  CONSTRAINT "facility_location_lonlat" CHECK (
    NOT ST_IsEmpty("location")
    AND ST_X("location") BETWEEN -180 AND 180 AND ST_Y("location") BETWEEN -90 AND 90)
);

CREATE INDEX "facility_location_idx" ON "facility" USING GIST ("location");
-- Distances are geodesic: this index serves ST_DWithin(location::geography, …) and the
-- nearest-neighbour order `location::geography <-> point` directly, in metres, at any latitude
-- and across the antimeridian, without widening a box of degrees.
CREATE INDEX "facility_location_geog_idx" ON "facility" USING GIST (("location"::geography));
CREATE INDEX "facility_desa_kode_idx" ON "facility" ("desa_kode", "id");
CREATE INDEX "facility_puskesmas_id_idx" ON "facility" ("puskesmas_id");

-- The work area of a puskesmas: regions (usually desa) it serves from `valid_from` until
-- `valid_to` (exclusive; null = still in force).
CREATE TABLE "facility_service_area" (
  "puskesmas_id" TEXT COLLATE "C" NOT NULL REFERENCES "facility" ("id") ON DELETE CASCADE,
  "region_kode"  TEXT COLLATE "C" NOT NULL REFERENCES "region" ("kode"),
  "valid_from"   DATE NOT NULL,
  "valid_to"     DATE,
  PRIMARY KEY ("puskesmas_id", "region_kode", "valid_from"),
  CONSTRAINT "facility_service_area_dates" CHECK ("valid_to" IS NULL OR "valid_to" > "valid_from")
);

CREATE INDEX "facility_service_area_region_idx" ON "facility_service_area" ("region_kode");
