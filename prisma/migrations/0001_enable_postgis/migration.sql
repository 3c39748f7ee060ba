-- PostGIS provides the geometry type and the spatial functions used by every layer above.
CREATE EXTENSION IF NOT EXISTS postgis;
