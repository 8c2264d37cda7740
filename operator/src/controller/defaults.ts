// Applies the CRD schema's defaults to an object read from the API, the way the API server's structural
// defaulting does: a missing property with a `default` gets it (deep-copied), then defaulting recurses into
// objects and array items. The API server already does this; doing it again makes the operator's types
// (which treat defaulted fields as present) true even against a server that skips defaulting.
import { SCHEMA, type IngesterCluster } from '../gen/types.ts';

interface Schema {
  type?: string;
  default?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
}

export function applySchemaDefaults(value: unknown, schema: Schema): unknown {
  if (schema.type === 'object' && schema.properties && value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    for (const [key, child] of Object.entries(schema.properties)) {
      if (obj[key] === undefined && child.default !== undefined) obj[key] = structuredClone(child.default);
      if (obj[key] !== undefined) obj[key] = applySchemaDefaults(obj[key], child);
    }
  } else if (schema.type === 'array' && schema.items && Array.isArray(value)) {
    return value.map((item) => applySchemaDefaults(item, schema.items!));
  }
  return value;
}

/** A defaulted deep copy of an IngesterCluster (the input is not modified). */
export function withDefaults(cluster: IngesterCluster): IngesterCluster {
  return applySchemaDefaults(structuredClone(cluster), SCHEMA as Schema) as IngesterCluster;
}
