// Runs one case against a generated client, through its public API (`new XClient(config)`,
// `client.someOperation(input).send()`), with a fake HttpClient:
//   request cases:  the client sends the case's params; the request it hands to the HTTP client
//                   is captured and compared with the case (method, path, query, headers, host, body)
//   response cases: the HTTP client answers with the case's response; the output (or, for cases
//                   on error structures, the modeled error's members) is compared with the params
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { isNodeObject, type NodeObject } from "../../../../codegen-plugin/src/model/node-value.js";
import type { ClientPackageInfo, Manifest, ManifestCase } from "../manifest.js";
import { requestDifferences, responseFromCase } from "../http/messages.js";
import {
  collectBody,
  deref,
  type AuthScheme,
  type ClientConfig,
  type HttpClient,
  type HttpRequest,
  type HttpResponse,
  type OperationSchema,
  type Schema,
  type ServiceSchema,
  type StructureSchema,
} from "../runtime.js";
import { readStreams, valueDifferences } from "../values/compare.js";
import { runtimeValue } from "../values/params.js";

/** What the idempotency token generator returns in every case (the suites expect it). */
export const IDEMPOTENCY_TOKEN = "00000000-0000-4000-8000-000000000000";

type GeneratedModule = Readonly<Record<string, unknown>>;

interface GeneratedClient {
  destroy(): void;
}

type ClientClass = new (config: ClientConfig) => GeneratedClient;
type OperationMethod = (this: GeneratedClient, input?: object) => { send(): Promise<Record<string, unknown>> };

const modules = new Map<string, Promise<GeneratedModule>>();

function loadPackage(info: ClientPackageInfo): Promise<GeneratedModule> {
  let loading = modules.get(info.dir);
  if (loading === undefined) {
    loading = import(pathToFileURL(join(info.dir, "src/index.ts")).href) as Promise<GeneratedModule>;
    modules.set(info.dir, loading);
  }
  return loading;
}

/** Thrown by the capturing HTTP client so the call ends once its request is captured. */
class RequestCaptured extends Error {
  override readonly name = "RequestCaptured";
}

class CapturingHttpClient implements HttpClient {
  readonly requests: HttpRequest[] = [];
  async handle(request: HttpRequest): Promise<HttpResponse> {
    this.requests.push(request);
    throw new RequestCaptured("request captured by the protocol test");
  }
}

class CannedHttpClient implements HttpClient {
  constructor(private readonly response: HttpResponse) {}
  async handle(): Promise<HttpResponse> {
    return this.response;
  }
}

interface Prepared {
  readonly module: GeneratedModule;
  readonly info: ClientPackageInfo;
  readonly operation: OperationSchema;
  readonly method: string;
}

async function prepare(c: ManifestCase, manifest: Manifest): Promise<Prepared> {
  const info = manifest.packages.client[c.serviceId];
  if (info === undefined) throw new Error(`no client package was generated for ${c.serviceId}`);
  const names = info.operations[c.operationId];
  if (names === undefined) throw new Error(`the client for ${c.serviceId} has no method for ${c.operationId}`);
  const module = await loadPackage(info);
  return { module, info, operation: exported<OperationSchema>(module, names.schema), method: names.method };
}

function exported<T>(module: GeneratedModule, name: string): T {
  const value = module[name];
  if (value === undefined) throw new Error(`the generated package does not export ${name}`);
  return value as T;
}

/**
 * The client under test: the generated class, with a fake HTTP client, one attempt, the
 * fixed idempotency token, and pass-through signers for the service's auth schemes (the
 * suites do not test signing; sigv4 has no signer in this runtime).
 */
function createClient(p: Prepared, def: NodeObject, httpClient: HttpClient): GeneratedClient {
  const service = exported<ServiceSchema>(p.module, p.info.serviceSchema);
  const host = typeof def["host"] === "string" ? def["host"] : "example.com";
  const passThrough = (schemeId: string): AuthScheme => ({ schemeId, configKey: "protocolTestIdentity", identityProvider: () => undefined, sign: (request) => request });
  const ClientClass = exported<ClientClass>(p.module, p.info.client);
  return new ClientClass({
    endpoint: `https://${host}`,
    httpClient,
    maxAttempts: 1,
    idempotencyToken: () => IDEMPOTENCY_TOKEN,
    authSchemes: service.authSchemes.map((s) => passThrough(s.id)),
    identityProviders: Object.fromEntries(service.authSchemes.map((s) => [s.id, () => ({})])),
  });
}

function call(client: GeneratedClient, method: string, input: object): Promise<Record<string, unknown>> {
  const fn = (client as unknown as Record<string, unknown>)[method];
  if (typeof fn !== "function") throw new Error(`the generated client has no method ${method}`);
  return (fn as OperationMethod).call(client, input).send();
}

function paramsOf(def: NodeObject): Record<string, unknown> {
  const params = def["params"];
  return isNodeObject(params) ? (params as Record<string, unknown>) : {};
}

function check(differences: readonly string[], c: ManifestCase): void {
  if (differences.length > 0) throw new Error(`${c.id}:\n  ${differences.join("\n  ")}`);
}

export async function runClientRequestCase(c: ManifestCase, manifest: Manifest): Promise<void> {
  const p = await prepare(c, manifest);
  const input = runtimeValue(deref(p.operation.input), paramsOf(c.definition)) as Record<string, unknown>;
  const http = new CapturingHttpClient();
  const client = createClient(p, c.definition, http);
  try {
    const failure = await call(client, p.method, input).then(
      () => new Error("the call succeeded although the HTTP client never answers"),
      (e: unknown) => e,
    );
    const request = http.requests[0];
    if (request === undefined) throw failure;
    if (http.requests.length > 1) throw new Error(`expected one request, the client sent ${http.requests.length}`);
    check(requestDifferences(c.definition, request, await collectBody(request.body)), c);
  } finally {
    client.destroy();
  }
}

export async function runClientResponseCase(c: ManifestCase, manifest: Manifest): Promise<void> {
  const p = await prepare(c, manifest);
  const client = createClient(p, c.definition, new CannedHttpClient(responseFromCase(c.definition)));
  try {
    const outcome = await call(client, p.method, placeholderInput(deref(p.operation.input))).then(
      (output) => ({ output, error: undefined }),
      (error: unknown) => ({ output: undefined, error }),
    );
    if (c.errorId !== undefined) {
      const names = p.info.errors[c.errorId];
      if (names === undefined) throw new Error(`the client has no error class for ${c.errorId}`);
      const errorClass = exported<abstract new (...args: never[]) => Error>(p.module, names.className);
      if (!(outcome.error instanceof errorClass)) {
        throw new Error(`expected the call to fail with ${names.className}, got ${outcome.error === undefined ? "success" : describe(outcome.error)}`, { cause: outcome.error });
      }
      const expected = runtimeValue(exported<StructureSchema>(p.module, names.schema), paramsOf(c.definition));
      check(valueDifferences(expected, (outcome.error as Error & { $fields: unknown }).$fields, "error"), c);
      return;
    }
    if (outcome.output === undefined) throw outcome.error;
    const { $metadata: _metadata, ...members } = outcome.output;
    const expected = runtimeValue(deref(p.operation.output), paramsOf(c.definition));
    check(valueDifferences(expected, await readStreams(members), "output"), c);
  } finally {
    client.destroy();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * An input that serializes: response cases do not say what was sent, but the request must
 * still be built, so required members, labels and host labels get a placeholder value.
 */
export function placeholderInput(schema: StructureSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of schema.members) {
    const t = m.traits;
    if (t.required === true || t.httpLabel === true || t.hostLabel === true) out[m.name] = placeholder(deref(m.target));
  }
  return out;
}

function placeholder(schema: Schema): unknown {
  switch (schema.kind) {
    case "string":
      return "placeholder";
    case "enum":
      return schema.values[0] ?? "placeholder";
    case "intEnum":
      return schema.values[0] ?? 0;
    case "boolean":
      return false;
    case "timestamp":
      return new Date(0);
    case "blob":
      return new Uint8Array(0);
    case "bigInteger":
      return 0n;
    case "bigDecimal":
      return "0";
    case "list":
      return [];
    case "map":
    case "document":
      return {};
    case "structure":
      return placeholderInput(schema);
    case "union": {
      const first = schema.members[0];
      return first === undefined ? {} : { [first.name]: placeholder(deref(first.target)) };
    }
    default:
      return 0;
  }
}
