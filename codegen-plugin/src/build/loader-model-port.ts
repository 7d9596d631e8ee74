// The model layer the real build uses: smithy-ts's loader, validators and JSON AST writer.
import { loadModel, writeJsonAst } from "../model/loader.js";
import { validateModel } from "../model/validation/index.js";
import type { ModelPort } from "./model-port.js";

export const loaderModelPort: ModelPort = {
  load: (files, options) => loadModel(files, { allowUnknownTraits: options.allowUnknownTraits }),
  validate: (model, options) => validateModel(model, { allowUnknownTraits: options.allowUnknownTraits }),
  toJsonAst: (model, options) => writeJsonAst(model, { includePrelude: options.includePrelude }),
};
