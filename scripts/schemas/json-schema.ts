import { z } from "zod";
import { DATA_FILES, STRINGS_FILES } from "./data-files.ts";

/** The JSON Schema editors read (through `$schema`) for each data file: generated from the zod schema, never by hand. */
export function jsonSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const { schema, jsonSchema } of [...Object.values(DATA_FILES), ...Object.values(STRINGS_FILES)]) {
    const generated = z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any", io: "input" });
    out.set(jsonSchema, `${JSON.stringify(generated, null, 2)}\n`);
  }
  return out;
}
