// Writes schema/port-policy.schema.json, the published JSON Schema of port-policy config files,
// from src/config/config-schema.ts (which builds it from the rule catalogue, runtimes,
// ephemeral profiles and presets). test/config/schema-file.test.ts fails when the file is stale.
//
//   npx tsx scripts/build-config-schema.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { buildConfigSchema } from "../src/config/config-schema.js";

export function configSchemaText(): string {
  return `${JSON.stringify(buildConfigSchema(), null, 2)}\n`;
}

const OUT = new URL("../schema/port-policy.schema.json", import.meta.url);

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(new URL(".", OUT), { recursive: true });
  writeFileSync(OUT, configSchemaText());
  console.log(`wrote ${OUT.pathname}`);
}
