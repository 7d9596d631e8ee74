// The built-in `sources` plugin. For the `source` projection it copies the model files listed in
// `sources` (imports are not part of the package), flattened relative to the listed directory,
// and writes a `manifest` naming them. For other projections it writes model.json holding the
// shapes and metadata that come from a source file or were added by the projection, and a
// manifest naming it.
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseModelSource } from "../../model/loader.js";
import { Model } from "../../model/model.js";
import { isPreludeId } from "../../model/shape-id.js";
import { BuildError } from "../errors.js";
import { prettyJson, type PluginContext, type PluginDefinition } from "./plugin.js";

const PROJECTED_FILE = "model.json";

export const sourcesPlugin: PluginDefinition = {
  name: "sources",
  prepare() {
    return async (ctx) => {
      const names = ctx.projectionName === "source" ? await copySources(ctx) : await writeProjectedSources(ctx);
      await writeFile(join(ctx.pluginDir, "manifest"), `${names.join("\n")}\n`);
    };
  },
};

async function copySources(ctx: PluginContext): Promise<string[]> {
  const written = new Map<string, string>();
  for (const file of ctx.sources) {
    const name = file.relativePath.split("\\").join("/");
    const earlier = written.get(name);
    if (earlier !== undefined) {
      throw new BuildError(
        `two source files would both be copied to "${name}": ${earlier} and ${file.path}. ` +
          "Files from the directories listed in sources are flattened into one directory, so their relative paths must be unique",
      );
    }
    written.set(name, file.path);
    const target = join(ctx.pluginDir, name);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(file.path, target);
  }
  return [...written.keys()];
}

async function writeProjectedSources(ctx: PluginContext): Promise<string[]> {
  const sourceFiles = new Set(ctx.sources.map((f) => f.path));
  const isSource = (id: string): boolean => {
    const original = ctx.originalModel.getTopLevel(id);
    return original === undefined || sourceFiles.has(original.source.filename);
  };
  const shapes = [...ctx.model.shapes()].filter((s) => !isPreludeId(s.id) && isSource(s.id));
  // The model keeps no location for metadata, so the source files say which keys they define.
  const sourceKeys = new Set<string>();
  for (const file of ctx.sources) {
    const parsed = parseModelSource({ filename: file.path, text: await readFile(file.path, "utf8") });
    for (const op of parsed.operations) if (op.kind === "metadata") sourceKeys.add(op.key);
  }
  const metadata = new Map([...ctx.model.metadata].filter(([key]) => sourceKeys.has(key) || !ctx.originalModel.metadata.has(key)));
  const model = new Model(shapes, metadata);
  await writeFile(join(ctx.pluginDir, PROJECTED_FILE), prettyJson(ctx.toJsonAst(model, { includePrelude: false })));
  return [PROJECTED_FILE];
}
