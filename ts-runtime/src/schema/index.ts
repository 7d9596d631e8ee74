export * from "./schema.js";
export * from "./prelude.js";
