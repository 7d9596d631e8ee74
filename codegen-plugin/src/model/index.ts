// Public surface of the model layer.
export * from "./node-value.js";
export * from "./source-location.js";
export * from "./shape-id.js";
export * from "./shape.js";
export * from "./events.js";
export { Model } from "./model.js";
export * from "./neighbors.js";
export * from "./closure.js";
export * from "./selector/index.js";
export {
  loadModel,
  readJsonAst,
  writeJsonAst,
  stringifyJsonAst,
  writeIdl,
  type LoadOptions,
  type LoadResult,
  type ModelSource,
  type WriteJsonAstOptions,
} from "./loader.js";
