CREATE TYPE "RegionLevel" AS ENUM ('PROVINSI', 'KABUPATEN', 'KECAMATAN', 'DESA');
CREATE TYPE "DesaJenis" AS ENUM ('DESA', 'KELURAHAN');

-- kode uses the "C" collation so that a plain B-tree index serves prefix searches
-- (kode LIKE '32.16.%'), which is how "every region under X, at any depth" is answered.
CREATE TABLE "region" (
  "kode"        TEXT COLLATE "C" PRIMARY KEY,
  "nama"        TEXT NOT NULL,
  "level"       "RegionLevel" NOT NULL,
  "jenis"       "DesaJenis",
  "parent_kode" TEXT COLLATE "C" REFERENCES "region" ("kode"),
  "source"      TEXT NOT NULL,
  "geom"        geometry(MultiPolygon, 4326),
  "area_km2"    DOUBLE PRECISION,
  "label_point" geometry(Point, 4326),
  "geom_source" TEXT,
  "updated_at"  TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  CONSTRAINT "region_kode_shape" CHECK ("kode" ~ '^[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?$'),
  CONSTRAINT "region_level_matches_kode" CHECK (
    "level" = CASE length("kode") WHEN 2 THEN 'PROVINSI'::"RegionLevel" WHEN 5 THEN 'KABUPATEN'::"RegionLevel"
      WHEN 8 THEN 'KECAMATAN'::"RegionLevel" ELSE 'DESA'::"RegionLevel" END),
  CONSTRAINT "region_jenis_only_desa" CHECK (("level" = 'DESA') = ("jenis" IS NOT NULL)),
  CONSTRAINT "region_geom_valid" CHECK ("geom" IS NULL OR ST_IsValid("geom"))
);

CREATE INDEX "region_level_kode_idx" ON "region" ("level", "kode");
CREATE INDEX "region_parent_kode_idx" ON "region" ("parent_kode");
CREATE INDEX "region_geom_idx" ON "region" USING GIST ("geom");
CREATE INDEX "region_label_point_idx" ON "region" USING GIST ("label_point");

-- Derived geometry values are kept with the row, so reads never recompute them:
-- geodesic area on the WGS 84 spheroid and a point guaranteed inside the polygon.
CREATE FUNCTION "region_derive_geometry"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."geom" IS NULL THEN
    NEW."area_km2" := NULL;
    NEW."label_point" := NULL;
  ELSE
    NEW."area_km2" := ST_Area(NEW."geom"::geography) / 1e6;
    NEW."label_point" := ST_PointOnSurface(NEW."geom");
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "region_derive_geometry"
  BEFORE INSERT OR UPDATE OF "geom" ON "region"
  FOR EACH ROW EXECUTE FUNCTION "region_derive_geometry"();
