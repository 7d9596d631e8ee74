// The error the generator throws for problems in its input. `usage` problems come from the
// options (no such service, ambiguous service, unknown mode); `model` problems from the model
// (a member targeting a missing shape). Anything else thrown is a generator bug.
export type GenerationErrorKind = "usage" | "model";

export class GenerationError extends Error {
  override readonly name = "GenerationError";
  readonly kind: GenerationErrorKind;

  constructor(kind: GenerationErrorKind, message: string) {
    super(message);
    this.kind = kind;
  }
}
