// Reading the generator's Handlebars templates from disk. The generator core is pure and
// receives the template texts; this is where the CLI (and tests, and benchmarks) get them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TemplateSource } from "../../codegen/render/template-renderer.js";

/**
 * The package's templates directory. This module sits at src/cli/commands/ in the sources
 * and at dist/cli/commands/ once built; templates/ is a sibling of both src/ and dist/ and is
 * listed in the package's `files`.
 */
export const TEMPLATES_DIR = fileURLToPath(new URL("../../../templates/", import.meta.url));

/** Every file under `dir`, keyed by its "/"-separated path relative to `dir`. */
export function readTemplates(dir: string): TemplateSource {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    const entries = readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = rel === "" ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) walk(path);
      else if (e.isFile()) out[path] = readFileSync(join(dir, path), "utf8");
    }
  };
  walk("");
  return Object.freeze(out);
}
