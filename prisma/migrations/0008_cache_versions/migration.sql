-- Versions that caches key on. First, a counter per region that changes whenever its boundary
-- is written, so simplified boundaries and derived facts (inner point, bbox) can be cached under
-- (kode, geom_version) and never be served stale: concurrent writes to one row are serialised by
-- its row lock, so the version only grows. Any UPDATE that sets "geom" counts as a change, even
-- to the same shape.
ALTER TABLE "region" ADD COLUMN "geom_version" INTEGER NOT NULL DEFAULT 0;

CREATE OR REPLACE FUNCTION "region_derive_geometry"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."geom" IS NULL THEN
    NEW."area_km2" := NULL;
    NEW."label_point" := NULL;
  ELSE
    NEW."area_km2" := ST_Area(NEW."geom"::geography) / 1e6;
    NEW."label_point" := ST_PointOnSurface(NEW."geom");
  END IF;
  IF TG_OP = 'UPDATE' THEN
    NEW."geom_version" := OLD."geom_version" + 1;
  END IF;
  RETURN NEW;
END;
$$;

-- The indicator catalog gets a data version too ("indicator"), so a cached answer that shows an
-- indicator's name, unit or kind is keyed on it like the regions and values it shows.
CREATE FUNCTION "indicator_bump_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "bump_data_version"(ARRAY['indicator']);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "indicator_version" AFTER INSERT OR UPDATE OR DELETE ON "indicator"
  FOR EACH STATEMENT EXECUTE FUNCTION "indicator_bump_version"();
CREATE TRIGGER "indicator_version_truncate" AFTER TRUNCATE ON "indicator"
  FOR EACH STATEMENT EXECUTE FUNCTION "indicator_bump_version"();

SELECT "bump_data_version"(ARRAY['indicator']);

-- TRUNCATE fires no row or statement trigger of 0007: count it too, so even a table emptied by
-- hand moves the stamp that cached answers key on.
CREATE FUNCTION "truncate_bump_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "bump_data_version"(ARRAY['truncate:' || TG_TABLE_NAME]);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "region_version_truncate" AFTER TRUNCATE ON "region"
  FOR EACH STATEMENT EXECUTE FUNCTION "truncate_bump_version"();
CREATE TRIGGER "indicator_value_version_truncate" AFTER TRUNCATE ON "indicator_value"
  FOR EACH STATEMENT EXECUTE FUNCTION "truncate_bump_version"();
