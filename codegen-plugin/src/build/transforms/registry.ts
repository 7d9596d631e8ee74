// Every transform the host knows, by name. `apply` is not here: the build plan inlines it.
import { changeStringEnumsToEnumShapes } from "./change-string-enums-to-enum-shapes.js";
import { changeTypes } from "./change-types.js";
import { excludeMetadata } from "./exclude-metadata.js";
import { excludeShapesBySelector } from "./exclude-shapes-by-selector.js";
import { excludeShapesByTag } from "./exclude-shapes-by-tag.js";
import { excludeShapesByTrait } from "./exclude-shapes-by-trait.js";
import { excludeTags } from "./exclude-tags.js";
import { excludeTraits } from "./exclude-traits.js";
import { excludeTraitsByTag } from "./exclude-traits-by-tag.js";
import { filterSuppressions } from "./filter-suppressions.js";
import { flattenAndRemoveMixins } from "./flatten-and-remove-mixins.js";
import { flattenNamespaces } from "./flatten-namespaces.js";
import { includeMetadata } from "./include-metadata.js";
import { includeNamespaces } from "./include-namespaces.js";
import { includeServices } from "./include-services.js";
import { includeShapesBySelector } from "./include-shapes-by-selector.js";
import { includeShapesByTag } from "./include-shapes-by-tag.js";
import { includeTags } from "./include-tags.js";
import { includeTraits } from "./include-traits.js";
import { includeTraitsByTag } from "./include-traits-by-tag.js";
import { makeIdempotencyTokensClientOptional } from "./make-idempotency-tokens-client-optional.js";
import { removeDeprecatedShapes } from "./remove-deprecated-shapes.js";
import { removeTraitDefinitions } from "./remove-trait-definitions.js";
import { removeUnusedShapes } from "./remove-unused-shapes.js";
import { renameShapes } from "./rename-shapes.js";
import type { TransformDefinition } from "./transform.js";

export const TRANSFORMS: ReadonlyMap<string, TransformDefinition> = new Map(
  [
    changeStringEnumsToEnumShapes,
    changeTypes,
    excludeMetadata,
    excludeShapesBySelector,
    excludeShapesByTag,
    excludeShapesByTrait,
    excludeTags,
    excludeTraits,
    excludeTraitsByTag,
    filterSuppressions,
    flattenAndRemoveMixins,
    flattenNamespaces,
    includeMetadata,
    includeNamespaces,
    includeServices,
    includeShapesBySelector,
    includeShapesByTag,
    includeTags,
    includeTraits,
    includeTraitsByTag,
    makeIdempotencyTokensClientOptional,
    removeDeprecatedShapes,
    removeTraitDefinitions,
    removeUnusedShapes,
    renameShapes,
  ].map((t) => [t.name, t]),
);
