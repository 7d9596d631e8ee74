// The Smithy models smithy-ts ships: the prelude (smithy.api) and the trait namespaces that
// Smithy users commonly rely on. The loader parses these texts like any user file; they are
// written in this repository (see the per-namespace modules) rather than read from disk.
import { SMITHY_API_IDL } from "./smithy-api.js";

export interface BundledNamespace {
  /** The namespace the text defines, e.g. "aws.protocols". */
  readonly namespace: string;
  /** A pseudo path used in diagnostics, e.g. "<smithy-ts>/aws.protocols.smithy". */
  readonly filename: string;
  /** IDL 2.0 source. */
  readonly text: string;
  /** Other bundled namespaces the text refers to (smithy.api is implied). */
  readonly dependsOn: readonly string[];
}

function bundled(namespace: string, text: string, dependsOn: readonly string[] = []): BundledNamespace {
  return Object.freeze({
    namespace,
    filename: `<smithy-ts>/${namespace}.smithy`,
    text,
    dependsOn: Object.freeze([...dependsOn]),
  });
}

/** The prelude, namespace smithy.api: always part of every model. */
export const PRELUDE: BundledNamespace = bundled("smithy.api", SMITHY_API_IDL);

/** Every other bundled namespace, keyed by namespace. */
export const BUNDLED_NAMESPACES: ReadonlyMap<string, BundledNamespace> = new Map<string, BundledNamespace>();
