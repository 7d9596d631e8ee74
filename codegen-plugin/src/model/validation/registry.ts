// The built-in validators, in the three phases validateModel runs them in (Smithy's order:
// correctness, then critical, then everything else).
import { authTraitValidator } from "./validators/auth-trait.js";
import { corsTraitValidator } from "./validators/cors-trait.js";
import { defaultTraitValidator } from "./validators/default-trait.js";
import { defaultValueInUpdateValidator } from "./validators/default-value-in-update.js";
import { deprecatedTraitValidator } from "./validators/deprecated-trait.js";
import { enumShapeValidator } from "./validators/enum-shape.js";
import { enumTraitValidator } from "./validators/enum-trait.js";
import { eventPayloadTraitValidator } from "./validators/event-payload-trait.js";
import { examplesTraitValidator } from "./validators/examples-trait.js";
import { exclusiveStructureMemberTraitValidator } from "./validators/exclusive-structure-member-trait.js";
import { hostLabelTraitValidator } from "./validators/host-label-trait.js";
import { httpApiKeyAuthTraitValidator } from "./validators/http-api-key-auth-trait.js";
import { httpBindingTraitIgnoredValidator } from "./validators/http-binding-trait-ignored.js";
import { httpBindingsMissingValidator } from "./validators/http-bindings-missing.js";
import { httpHeaderTraitValidator } from "./validators/http-header-trait.js";
import { httpLabelTraitValidator } from "./validators/http-label-trait.js";
import { httpMethodSemanticsValidator } from "./validators/http-method-semantics.js";
import { httpPayloadValidator } from "./validators/http-payload.js";
import { httpPrefixHeadersTraitValidator } from "./validators/http-prefix-headers-trait.js";
import { httpQueryParamsTraitValidator } from "./validators/http-query-params-trait.js";
import { httpQueryTraitValidator } from "./validators/http-query-trait.js";
import { httpResponseCodeSemanticsValidator } from "./validators/http-response-code-semantics.js";
import { httpUriConflictValidator } from "./validators/http-uri-conflict.js";
import { httpUriFormatValidator } from "./validators/http-uri-format.js";
import { httpUriGreedyLabelValidator } from "./validators/http-uri-greedy-label.js";
import { idempotencyTokenIgnoredValidator } from "./validators/idempotency-token-ignored.js";
import { idempotentTraitValidator } from "./validators/idempotent-trait.js";
import { jsonNameValidator } from "./validators/json-name.js";
import { lengthTraitValidator } from "./validators/length-trait.js";
import { mediaTypeValidator } from "./validators/media-type.js";
import { memberShouldReferenceResourceValidator } from "./validators/member-should-reference-resource.js";
import { metadataTraitValidator } from "./validators/metadata-trait.js";
import { noInlineDocumentSupportValidator } from "./validators/no-inline-document-support.js";
import { operationValidator } from "./validators/operation.js";
import { paginatedTraitValidator } from "./validators/paginated-trait.js";
import { patternTraitValidator } from "./validators/pattern-trait.js";
import { privateAccessValidator } from "./validators/private-access.js";
import { privateMixinMemberValidator } from "./validators/private-mixin-member.js";
import { rangeTraitValidator } from "./validators/range-trait.js";
import { referencesTraitValidator } from "./validators/references-trait.js";
import { requestCompressionTraitValidator } from "./validators/request-compression-trait.js";
import { resourceCycleValidator } from "./validators/resource-cycle.js";
import { resourceIdentifierBindingValidator } from "./validators/resource-identifier-binding.js";
import { resourceIdentifierValidator } from "./validators/resource-identifier.js";
import { resourceLifecycleValidator } from "./validators/resource-lifecycle.js";
import { resourceOperationInputOutputValidator } from "./validators/resource-operation-input-output.js";
import { serviceAuthDefinitionsValidator } from "./validators/service-auth-definitions.js";
import { serviceBoundResourceOperationValidator } from "./validators/service-bound-resource-operation.js";
import { serviceValidator } from "./validators/service.js";
import { setShapeValidator } from "./validators/set-shape.js";
import { shapeClosureValidator } from "./validators/shape-closure.js";
import { shapeIdConflictValidator } from "./validators/shape-id-conflict.js";
import { shapeRecursionValidator } from "./validators/shape-recursion.js";
import { singleOperationBindingValidator, singleResourceBindingValidator } from "./validators/single-binding.js";
import { streamingTraitValidator } from "./validators/streaming-trait.js";
import { targetValidator } from "./validators/target.js";
import { traitBreakingChangesValidator } from "./validators/trait-breaking-changes.js";
import { traitConflictValidator } from "./validators/trait-conflict.js";
import { traitTargetValidator } from "./validators/trait-target.js";
import { traitValidatorsValidator } from "./validators/trait-validators.js";
import { traitValueValidator } from "./validators/trait-value.js";
import { typedMetadataValidator } from "./validators/typed-metadata.js";
import { unionValidator } from "./validators/union.js";
import { unitTypeValidator } from "./validators/unit-type.js";
import { unstableTraitValidator } from "./validators/unstable-trait.js";
import { xmlFlattenedTraitValidator } from "./validators/xml-flattened-trait.js";
import { xmlNamespaceTraitValidator } from "./validators/xml-namespace-trait.js";
import type { Validator } from "./validator.js";

/** Broken references make most other checks meaningless: an ERROR here stops validation. */
export const CORRECTNESS_VALIDATORS: readonly Validator[] = [targetValidator, resourceCycleValidator];

/** Trait and shape-id sanity that later validators rely on: an ERROR here stops validation. */
export const CRITICAL_VALIDATORS: readonly Validator[] = [
  enumShapeValidator,
  exclusiveStructureMemberTraitValidator,
  traitTargetValidator,
  traitValueValidator,
  traitConflictValidator,
  defaultTraitValidator,
  shapeIdConflictValidator,
  singleOperationBindingValidator,
  singleResourceBindingValidator,
];

/** Every other built-in validator; each runs once over the whole model. */
export const OTHER_VALIDATORS: readonly Validator[] = [
  authTraitValidator,
  corsTraitValidator,
  defaultValueInUpdateValidator,
  deprecatedTraitValidator,
  enumTraitValidator,
  eventPayloadTraitValidator,
  examplesTraitValidator,
  hostLabelTraitValidator,
  httpApiKeyAuthTraitValidator,
  httpBindingTraitIgnoredValidator,
  httpBindingsMissingValidator,
  httpHeaderTraitValidator,
  httpLabelTraitValidator,
  httpMethodSemanticsValidator,
  httpPayloadValidator,
  httpPrefixHeadersTraitValidator,
  httpQueryParamsTraitValidator,
  httpQueryTraitValidator,
  httpResponseCodeSemanticsValidator,
  httpUriConflictValidator,
  httpUriFormatValidator,
  httpUriGreedyLabelValidator,
  idempotencyTokenIgnoredValidator,
  idempotentTraitValidator,
  jsonNameValidator,
  lengthTraitValidator,
  mediaTypeValidator,
  memberShouldReferenceResourceValidator,
  metadataTraitValidator,
  noInlineDocumentSupportValidator,
  operationValidator,
  paginatedTraitValidator,
  patternTraitValidator,
  privateAccessValidator,
  privateMixinMemberValidator,
  rangeTraitValidator,
  referencesTraitValidator,
  requestCompressionTraitValidator,
  resourceIdentifierBindingValidator,
  resourceIdentifierValidator,
  resourceLifecycleValidator,
  resourceOperationInputOutputValidator,
  serviceAuthDefinitionsValidator,
  serviceBoundResourceOperationValidator,
  serviceValidator,
  setShapeValidator,
  shapeClosureValidator,
  shapeRecursionValidator,
  streamingTraitValidator,
  traitBreakingChangesValidator,
  traitValidatorsValidator,
  typedMetadataValidator,
  unionValidator,
  unitTypeValidator,
  unstableTraitValidator,
  xmlFlattenedTraitValidator,
  xmlNamespaceTraitValidator,
];
