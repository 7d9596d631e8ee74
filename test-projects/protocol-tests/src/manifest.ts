// The case manifest: what global setup found and generated, read by every test file at
// collection time (test files must know their cases synchronously to declare tests).
import { existsSync, readFileSync } from "node:fs";
import type { NodeObject } from "../../../codegen-plugin/src/model/node-value.js";
import { MANIFEST_FILE } from "./paths.js";
import type { ServerPackageInfo } from "./server/server-packages.js";
import type { CaseKind, Side } from "./suites.js";

export interface ManifestCase {
  readonly id: string;
  readonly serviceId: string;
  readonly operationId: string;
  readonly errorId?: string;
  readonly definition: NodeObject;
}

export interface ManifestSuite {
  readonly protocol: string;
  readonly side: Side;
  readonly kind: CaseKind;
  readonly cases: readonly ManifestCase[];
}

/** What the runner needs to drive a generated client package. */
export interface ClientPackageInfo {
  /** Absolute path of the package directory. */
  readonly dir: string;
  /** The exported client class. */
  readonly client: string;
  /** The exported ServiceSchema constant. */
  readonly serviceSchema: string;
  /** Per operation id: the client method and the exported OperationSchema constant. */
  readonly operations: Readonly<Record<string, { readonly method: string; readonly schema: string }>>;
  /** Per error shape id: the exported error class and its StructureSchema constant. */
  readonly errors: Readonly<Record<string, { readonly className: string; readonly schema: string }>>;
}

/** Generated packages per side and service id; each side's runner reads only its own entries. */
export interface ManifestPackages {
  readonly client: Readonly<Record<string, ClientPackageInfo>>;
  readonly server?: Readonly<Record<string, ServerPackageInfo>>;
}

export interface Manifest {
  /** The corpus path, or null when it is absent (then every suite is skipped). */
  readonly corpus: string | null;
  readonly suites: readonly ManifestSuite[];
  readonly packages: ManifestPackages;
}

/** The manifest of this run; undefined when global setup did not write one (no corpus). */
export function readManifest(): Manifest | undefined {
  if (!existsSync(MANIFEST_FILE)) return undefined;
  const manifest = JSON.parse(readFileSync(MANIFEST_FILE, "utf8")) as Manifest;
  return manifest.corpus === null ? undefined : manifest;
}

export function suiteOf(manifest: Manifest, protocol: string, side: Side, kind: CaseKind): ManifestSuite {
  const suite = manifest.suites.find((s) => s.protocol === protocol && s.side === side && s.kind === kind);
  return suite ?? { protocol, side, kind, cases: [] };
}
