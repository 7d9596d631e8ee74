// Library entry of @smithy-ts/codegen: the model layer, the build host and the generator.
export * from "./model/index.js";
