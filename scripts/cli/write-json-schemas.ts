import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { jsonSchemas } from "#schemas/json-schema.ts";

// npm run schemas: regenerate _data/schemas/*.schema.json after changing a schema under scripts/schemas/.
for (const [file, contents] of jsonSchemas()) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, contents);
  console.log(`wrote ${file}`);
}
