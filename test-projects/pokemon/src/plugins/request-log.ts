// An HTTP plugin that writes one line per request:
//
//   GET /species/pikachu?lang=fr -> 200 GetSpecies 0.4ms req=6f1c...
//   DELETE /trainers/t-1 -> 204 DeleteTrainer 0.3ms req=... x-trainer-secret=***
//
// The line shows the path and query, and the request headers bound to input members. Values of
// members marked @sensitive (labels, query parameters and headers alike) are written as "***":
// what is redacted is read from the operation's schema once, when the service is built, so the
// plugin works for any generated service. Bodies are never logged.
import { deref, type MemberSchema, type OperationSchema } from "@smithy-ts/runtime";
import { parseUriPattern, type HttpPlugin, type ServerRequest } from "@smithy-ts/runtime/server";

export const REDACTED = "***";

export interface RequestLogOptions {
  /** Where lines go (default: standard output). */
  readonly write?: (line: string) => void;
  /** Milliseconds from an arbitrary origin, for durations. */
  readonly clock?: () => number;
}

export function requestLog(options: RequestLogOptions = {}): HttpPlugin {
  const write = options.write ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const clock = options.clock ?? (() => performance.now());
  return (next, operation) => {
    const redaction = redactionFor(operation.schema);
    return async (request, ctx) => {
      const started = clock();
      let status = 500;
      try {
        const response = await next(request, ctx);
        status = response.statusCode;
        return response;
      } finally {
        const elapsed = (clock() - started).toFixed(1);
        const headers = redaction.headers
          .filter(([name]) => request.headers[name] !== undefined)
          .map(([name, sensitive]) => ` ${name}=${sensitive ? REDACTED : request.headers[name]!}`)
          .join("");
        write(`${request.method} ${target(request, redaction)} -> ${status} ${operation.name} ${elapsed}ms req=${ctx.requestId}${headers}`);
      }
    };
  };
}

interface Redaction {
  /** Indexes of path segments holding a sensitive label. */
  readonly segments: ReadonlySet<number>;
  /** Index of the first segment of a sensitive greedy label (it spans the rest of the path). */
  readonly greedyFrom: number | undefined;
  /** Query parameter names whose values are sensitive. */
  readonly query: ReadonlySet<string>;
  /** Every header bound to an input member: lower-case name and whether it is sensitive. */
  readonly headers: readonly (readonly [string, boolean])[];
}

function redactionFor(op: OperationSchema): Redaction {
  const members: readonly MemberSchema[] = deref(op.input).members;
  const sensitive = (m: MemberSchema): boolean => m.traits.sensitive === true || deref(m.target).traits.sensitive === true;
  const segments = new Set<number>();
  let greedyFrom: number | undefined;
  const http = op.traits.http;
  if (http !== undefined) {
    parseUriPattern(http.uri).segments.forEach((segment, index) => {
      if (segment.kind === "literal") return;
      const member = members.find((m) => m.name === segment.name);
      if (member === undefined || !sensitive(member)) return;
      if (segment.kind === "greedy") greedyFrom = index;
      else segments.add(index);
    });
  }
  const query = new Set<string>();
  const headers: [string, boolean][] = [];
  for (const m of members) {
    if (m.traits.httpQuery !== undefined && sensitive(m)) query.add(m.traits.httpQuery);
    if (m.traits.httpHeader !== undefined) headers.push([m.traits.httpHeader.toLowerCase(), sensitive(m)]);
  }
  return { segments, greedyFrom, query, headers };
}

/** The request's path and query as logged: sensitive labels and query values replaced. */
function target(request: ServerRequest, redaction: Redaction): string {
  let path = request.path;
  if (redaction.segments.size > 0 || redaction.greedyFrom !== undefined) {
    const parts = path.split("/").slice(1);
    const kept = parts.map((part, i) => {
      const redacted = redaction.segments.has(i) || (redaction.greedyFrom !== undefined && i >= redaction.greedyFrom);
      return redacted ? REDACTED : part;
    });
    // A greedy label spans several segments: one marker stands for all of them.
    path = `/${redaction.greedyFrom === undefined ? kept.join("/") : [...kept.slice(0, redaction.greedyFrom), REDACTED].join("/")}`;
  }
  if (request.query.length === 0) return path;
  const query = request.query
    .map(([name, value]) => `${encodeURIComponent(name)}=${redaction.query.has(name) ? REDACTED : encodeURIComponent(value)}`)
    .join("&");
  return `${path}?${query}`;
}
