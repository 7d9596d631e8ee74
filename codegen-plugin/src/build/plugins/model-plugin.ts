// The built-in `model` plugin: the projected model as a JSON AST in model.json, without prelude
// shapes unless `includePreludeShapes` is true.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { prettyJson, type PluginDefinition } from "./plugin.js";

export const modelPlugin: PluginDefinition = {
  name: "model",
  prepare(settings) {
    const includePrelude = settings.boolean("includePreludeShapes", false);
    return async (ctx) => {
      await writeFile(join(ctx.pluginDir, "model.json"), prettyJson(ctx.toJsonAst(ctx.model, { includePrelude })));
    };
  },
};
