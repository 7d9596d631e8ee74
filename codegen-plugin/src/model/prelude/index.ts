// The Smithy models smithy-ts ships: the prelude (smithy.api) and the trait namespaces that
// Smithy users commonly rely on. The loader parses these texts like any user file; they are
// written in this repository (see the per-namespace modules) rather than read from disk.
import { AWS_API_IDL } from "./aws-api.js";
import { AWS_AUTH_IDL } from "./aws-auth.js";
import { AWS_CUSTOMIZATIONS_IDL } from "./aws-customizations.js";
import { AWS_PROTOCOLS_IDL } from "./aws-protocols.js";
import { SMITHY_API_IDL } from "./smithy-api.js";
import { SMITHY_FRAMEWORK_IDL } from "./smithy-framework.js";
import { SMITHY_PROTOCOLS_IDL } from "./smithy-protocols.js";
import { SMITHY_RULES_IDL } from "./smithy-rules.js";
import { SMITHY_TEST_IDL } from "./smithy-test.js";
import { SMITHY_WAITERS_IDL } from "./smithy-waiters.js";

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

/**
 * Every other bundled namespace, keyed by namespace. Iteration visits a namespace's
 * dependencies before the namespace itself.
 */
export const BUNDLED_NAMESPACES: ReadonlyMap<string, BundledNamespace> = new Map(
  [
    bundled("smithy.protocols", SMITHY_PROTOCOLS_IDL),
    // awsQueryCompatible's selector names the smithy.protocols RPC v2 traits.
    bundled("aws.protocols", AWS_PROTOCOLS_IDL, ["smithy.protocols"]),
    bundled("aws.api", AWS_API_IDL),
    bundled("aws.auth", AWS_AUTH_IDL),
    bundled("aws.customizations", AWS_CUSTOMIZATIONS_IDL),
    bundled("smithy.test", SMITHY_TEST_IDL),
    bundled("smithy.framework", SMITHY_FRAMEWORK_IDL),
    bundled("smithy.rules", SMITHY_RULES_IDL),
    bundled("smithy.waiters", SMITHY_WAITERS_IDL),
  ].map((b) => [b.namespace, b] as const),
);
