// makeIdempotencyTokensClientOptional: `@required` `@idempotencyToken` members get
// `@clientOptional`, so clients may omit them and have a token generated.
import type { Model } from "../../model/model.js";
import { putTrait } from "../model-edit/map-traits.js";
import type { TransformDefinition } from "./transform.js";

const REQUIRED = "smithy.api#required";
const IDEMPOTENCY_TOKEN = "smithy.api#idempotencyToken";
const CLIENT_OPTIONAL = "smithy.api#clientOptional";

export const makeIdempotencyTokensClientOptional: TransformDefinition = {
  name: "makeIdempotencyTokensClientOptional",
  prepare() {
    return (model) => {
      let out: Model = model;
      for (const shape of model.shapes()) {
        for (const m of shape.members.values()) {
          if (m.traits.has(REQUIRED) && m.traits.has(IDEMPOTENCY_TOKEN) && !m.traits.has(CLIENT_OPTIONAL)) {
            out = putTrait(out, m.id, CLIENT_OPTIONAL, {});
          }
        }
      }
      return out;
    };
  },
};
