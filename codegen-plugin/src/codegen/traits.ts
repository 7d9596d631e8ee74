// Ids of the prelude traits the generator reads, in one place.
export const TRAIT = {
  addedDefault: "smithy.api#addedDefault",
  clientOptional: "smithy.api#clientOptional",
  default: "smithy.api#default",
  deprecated: "smithy.api#deprecated",
  documentation: "smithy.api#documentation",
  enum: "smithy.api#enum",
  enumValue: "smithy.api#enumValue",
  error: "smithy.api#error",
  examples: "smithy.api#examples",
  externalDocumentation: "smithy.api#externalDocumentation",
  input: "smithy.api#input",
  mixin: "smithy.api#mixin",
  required: "smithy.api#required",
  sparse: "smithy.api#sparse",
  streaming: "smithy.api#streaming",
} as const;

export const UNIT_ID = "smithy.api#Unit";
