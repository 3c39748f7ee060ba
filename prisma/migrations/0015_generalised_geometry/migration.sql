-- Generalised boundaries (issue 15): every boundary simplified once per tolerance of a fixed
-- ladder and kept, so GraphQL geometry, /geojson and the tiles read the simplification instead of
-- running ST_SimplifyPreserveTopology on every request. A stored row is exactly what the readers
-- computed before (the same function, the same float8 tolerance, geometry stored losslessly);
-- readers still apply ST_Multi, ring order, clipping and ST_AsGeoJSON precision themselves, and a
-- tolerance off the ladder (or a row whose version does not match) is computed as before.
--
-- The ladder, in degrees exactly as the readers compute them (float8 division, like JavaScript's):
--   * simplifyMeters m → m / 111320 (1° at the equator), for the values the API's users send:
--     20 (region detail, load workload), 30 and 50 (README examples, the bench's choropleth), and
--     10 and 100 around them;
--   * tile zoom z → 0.5 tile unit of a 4096 extent = 180 / (2^z · 4096) (toleranceDegrees), for
--     z 0–12; past z 12 the tolerance is under 1.2 m and a tile holds few boundaries.
-- A row added here later fills itself for every boundary (trigger below); a row removed drops its
-- boundaries.
CREATE TABLE "generalisation_tolerance" (
  "tolerance" DOUBLE PRECISION PRIMARY KEY CHECK ("tolerance" > 0),
  -- What the step serves, e.g. "simplifyMeters 50" or "tile z10".
  "label"     TEXT NOT NULL UNIQUE
);

-- One row per boundary and ladder step: ST_SimplifyPreserveTopology(region.geom, tolerance) of
-- the boundary whose region.geom_version is geom_version. Readers match the version too, so a
-- row can never stand in for another boundary.
CREATE TABLE "region_generalised" (
  "kode"         TEXT COLLATE "C" NOT NULL
                 REFERENCES "region" ("kode") ON DELETE CASCADE ON UPDATE CASCADE,
  "tolerance"    DOUBLE PRECISION NOT NULL
                 REFERENCES "generalisation_tolerance" ("tolerance") ON DELETE CASCADE,
  "geom_version" INTEGER NOT NULL,
  "geom"         geometry(Geometry, 4326) NOT NULL,
  PRIMARY KEY ("kode", "tolerance")
);

-- Kept by the boundary's own write, in its statement and transaction: every path that writes
-- region.geom (imports, the demo seed, real boundaries at start, demo removal) is covered without
-- knowing about it. Runs after region_derive_geometry has moved geom_version.
CREATE FUNCTION "region_generalise"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM "region_generalised" WHERE "kode" = NEW."kode";
  END IF;
  IF NEW."geom" IS NOT NULL THEN
    INSERT INTO "region_generalised" ("kode", "tolerance", "geom_version", "geom")
    SELECT NEW."kode", t."tolerance", NEW."geom_version",
           ST_SimplifyPreserveTopology(NEW."geom", t."tolerance")
    FROM "generalisation_tolerance" t;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "region_generalise"
  AFTER INSERT OR UPDATE OF "geom" ON "region"
  FOR EACH ROW EXECUTE FUNCTION "region_generalise"();

-- A new ladder step is filled for every boundary there is.
CREATE FUNCTION "generalisation_tolerance_fill"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "region_generalised" ("kode", "tolerance", "geom_version", "geom")
  SELECT r."kode", NEW."tolerance", r."geom_version",
         ST_SimplifyPreserveTopology(r."geom", NEW."tolerance")
  FROM "region" r
  WHERE r."geom" IS NOT NULL;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "generalisation_tolerance_fill"
  AFTER INSERT ON "generalisation_tolerance"
  FOR EACH ROW EXECUTE FUNCTION "generalisation_tolerance_fill"();

-- The ladder; inserting it back-fills the boundaries already loaded.
INSERT INTO "generalisation_tolerance" ("tolerance", "label")
SELECT m::float8 / 111320, 'simplifyMeters ' || m
FROM unnest(ARRAY[10, 20, 30, 50, 100]) AS m
UNION ALL
SELECT 180::float8 / (2::float8 ^ z * 4096), 'tile z' || z
FROM generate_series(0, 12) AS z;
