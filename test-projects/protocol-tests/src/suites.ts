// The protocol compliance suites this project runs, and where their models are in the corpus.
// A suite is one protocol; its services are every service of the protocol's closure that has
// the protocol trait (for restJson1: RestJson, the API Gateway and Glacier customizations, and
// the validation service, whose one request case applies to clients too).

export interface SuiteDefinition {
  /** Protocol trait id, e.g. "aws.protocols#restJson1". */
  readonly protocol: string;
  /** Short name used in file names and messages, e.g. "restJson1". */
  readonly name: string;
  /** The corpus file listing the model files to load (protocol-tests/closures/...). */
  readonly closure: string;
}

export const SUITES: readonly SuiteDefinition[] = [
  { protocol: "aws.protocols#restJson1", name: "restJson1", closure: "protocol-tests/closures/aws-restJson1.txt" },
  { protocol: "aws.protocols#awsJson1_0", name: "awsJson1_0", closure: "protocol-tests/closures/aws-awsJson1_0.txt" },
  { protocol: "aws.protocols#awsJson1_1", name: "awsJson1_1", closure: "protocol-tests/closures/aws-awsJson1_1.txt" },
];

export type Side = "client" | "server";
export type CaseKind = "request" | "response" | "malformed";

/** Which side runs which kind: clients send requests and read responses; servers also reject malformed requests. */
export const KINDS_BY_SIDE: Readonly<Record<Side, readonly CaseKind[]>> = {
  client: ["request", "response"],
  server: ["request", "response", "malformed"],
};

export function suiteNamed(name: string): SuiteDefinition {
  const suite = SUITES.find((s) => s.name === name || s.protocol === name);
  if (suite === undefined) throw new Error(`no protocol suite named ${name} (known: ${SUITES.map((s) => s.name).join(", ")})`);
  return suite;
}
