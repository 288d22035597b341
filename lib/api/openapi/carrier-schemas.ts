/** A JSON Schema object as the carrier's Swagger 2 model and OpenAPI 3.1 both write it. */
export type JsonSchema = { [keyword: string]: unknown };

const SWAGGER_REF = '#/definitions/';
export const COMPONENT_REF = '#/components/schemas/';

export function schemaRef(name: string): JsonSchema {
  return { $ref: `${COMPONENT_REF}${name}` };
}

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else refsIn(inner, found);
    }
  }
  return found;
}

function definitionName(ref: string): string {
  if (!ref.startsWith(SWAGGER_REF)) throw new Error(`Only local definition references are supported, not ${ref}`);
  return ref.slice(SWAGGER_REF.length);
}

/** The definitions `roots` reach through `$ref`, roots included, in the model's order. Throws on a reference to nothing. */
export function reachableDefinitions(definitions: Readonly<Record<string, JsonSchema>>, roots: readonly string[]): string[] {
  const reached = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (reached.has(name)) continue;
    const definition = definitions[name];
    if (definition === undefined) throw new Error(`The carrier's model has no definition ${name}`);
    reached.add(name);
    pending.push(...refsIn(definition).map(definitionName));
  }
  return Object.keys(definitions).filter((name) => reached.has(name));
}

/** A Swagger 2 definition as an OpenAPI 3.1 schema: the same JSON Schema keywords, references moved to components. */
export function toComponentSchema(definition: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(definition), (key, value: unknown) =>
    key === '$ref' && typeof value === 'string' ? `${COMPONENT_REF}${definitionName(value)}` : value,
  ) as JsonSchema;
}

/** The reachable definitions of `roots`, converted: the `components.schemas` of a document built on the carrier's model. */
export function carrierComponentSchemas(
  definitions: Readonly<Record<string, JsonSchema>>,
  roots: readonly string[],
): Record<string, JsonSchema> {
  return Object.fromEntries(reachableDefinitions(definitions, roots).map((name) => [name, toComponentSchema(definitions[name]!)]));
}
