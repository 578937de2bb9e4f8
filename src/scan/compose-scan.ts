// The compose front end as the scanner calls it: files grouped into projects, each project given
// its interpolation environment (the `.env` beside it or --env-file, the process environment
// winning), then handed to src/scan/compose/.
import type { FrontEndResult } from "./types.js";
import type { LoadedFile } from "./load-file.js";
import { mapEntries, mapGet, asMap, type YamlDoc } from "./yaml-walk.js";

export interface ComposeScanOptions {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  envFiles?: readonly string[];
}

/** Top-level `services:` whose entries look like services (interim until compose/ lands). */
export function isComposeYaml(ydoc: YamlDoc): boolean {
  const services = mapEntries(mapGet(ydoc.doc.contents, "services", ydoc), ydoc);
  return services.length > 0 && services.every(([, service]) => service === undefined || asMap(service, ydoc) !== undefined);
}

export function scanComposeFiles(_files: readonly LoadedFile[], _options: ComposeScanOptions): FrontEndResult {
  return { listeners: [], findings: [] };
}
