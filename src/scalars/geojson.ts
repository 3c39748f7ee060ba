import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { RawJson } from './rawJson.ts';

/**
 * A GeoJSON object (RFC 7946) as JSON: coordinates are [longitude, latitude] in WGS 84.
 * Output only checks that a value is an object with a `type` (or GeoJSON text PostgreSQL wrote,
 * passed through as RawJson); inputs are validated where used.
 */
export const GeoJSONScalar = new GraphQLScalarType<object, object>({
  name: 'GeoJSON',
  description:
    'A GeoJSON object (RFC 7946): Geometry, Feature or FeatureCollection, coordinates [longitude, latitude] in WGS 84.',
  serialize(value) {
    if (value instanceof RawJson) return value;
    if (typeof value !== 'object' || value === null || !('type' in value)) {
      throw new TypeError('GeoJSON value must be an object with a "type"');
    }
    return value;
  },
  parseValue(value) {
    if (typeof value !== 'object' || value === null || !('type' in value)) {
      throw new TypeError('GeoJSON input must be an object with a "type"');
    }
    return value;
  },
  parseLiteral(ast) {
    const value = literalToJson(ast);
    if (typeof value !== 'object' || value === null || !('type' in value)) {
      throw new TypeError('GeoJSON input must be an object with a "type"');
    }
    return value;
  },
});

/** @private */
function literalToJson(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value)]));
    case Kind.LIST:
      return ast.values.map(literalToJson);
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.STRING:
    case Kind.ENUM:
      return ast.value;
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.NULL:
      return null;
    default:
      throw new TypeError('GeoJSON input cannot contain variables inside the literal');
  }
}
