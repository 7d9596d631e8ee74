// Reading the `@tags` trait, shared by the tag-based transforms.
import { isNodeArray } from "../../model/node-value.js";
import type { AnyShape } from "../../model/shape.js";

export const TAGS_TRAIT = "smithy.api#tags";

export function tagsOf(shape: AnyShape): string[] {
  const value = shape.traits.get(TAGS_TRAIT);
  return isNodeArray(value) ? value.filter((t): t is string => typeof t === "string") : [];
}

export function hasAnyTag(shape: AnyShape, tags: ReadonlySet<string>): boolean {
  return tagsOf(shape).some((t) => tags.has(t));
}
