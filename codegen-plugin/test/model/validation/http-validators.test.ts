// HTTP binding validators, from inline models.
import { describe, test } from "vitest";
import { expectEvents, validate } from "./support.js";

const SERVICE = 'service Svc { version: "1", operations: [A, B] }\n';

describe("HttpLabelTrait", () => {
  test("labels without members, members without labels, greedy labels on non-strings", () => {
    const events = validate(
      '@http(method: "GET", uri: "/{a}/{b}/{c+}") @readonly operation Op { input := {\n' +
        " @required @httpLabel b: String\n @required @httpLabel c: Integer\n @required @httpLabel d: String\n} }",
    );
    expectEvents(events, "HttpLabelTrait", [
      "ERROR smithy.example#Op HttpLabelTrait: This operation uses `smithy.example#OpInput` as input, but the following URI labels found in the operation's `http` trait do not have a corresponding member marked with the `httpLabel` trait: `a`",
      "ERROR smithy.example#OpInput$c HttpLabelTrait: The `c` structure member corresponds to a greedy label when used as the input of the `smithy.example#Op` operation. This member targets (integer: `smithy.api#Integer`), but greedy labels must target string shapes.",
      "ERROR smithy.example#OpInput$d HttpLabelTrait: This `d` structure member is marked with the `httpLabel` trait, but no corresponding `http` URI label could be found",
    ]);
  });
});

describe("HttpUriConflict", () => {
  test("two operations with the same method and URI shape", () => {
    const events = validate(
      SERVICE +
        '@http(method: "POST", uri: "/x/{id}") operation A { input := { @required @httpLabel id: String } }\n' +
        '@http(method: "POST", uri: "/x/{other}") operation B { input := { @required @httpLabel other: String } }',
    );
    expectEvents(events, "HttpUriConflict", [
      "ERROR smithy.example#A HttpUriConflict: Operation URI, `/x/{id}`, conflicts with other operation URIs in the same service: [`smithy.example#B` (/x/{other})]",
      "ERROR smithy.example#B HttpUriConflict: Operation URI, `/x/{other}`, conflicts with other operation URIs in the same service: [`smithy.example#A` (/x/{id})]",
    ]);
  });

  test("different query literals or methods do not conflict", () => {
    const events = validate(
      SERVICE + '@http(method: "POST", uri: "/x?a") operation A {}\n@http(method: "POST", uri: "/x?b") operation B {}',
    );
    expectEvents(events, "HttpUriConflict", []);
  });

  test("a label and a literal in the same position do not conflict", () => {
    const events = validate(
      SERVICE +
        '@http(method: "POST", uri: "/x/{id}") operation A { input := { @required @httpLabel id: String } }\n' +
        '@http(method: "POST", uri: "/x/abc") operation B {}',
    );
    expectEvents(events, "HttpUriConflict", []);
  });
});

describe("HttpHeaderTrait, HttpPrefixHeadersTrait, HttpQueryTrait", () => {
  test("conflicting bindings and forbidden names", () => {
    const events = validate(
      'structure S {\n @httpHeader("X-A") a: String\n @httpHeader("x-a") b: String\n @httpHeader("Host") h: String\n' +
        ' @httpHeader("bad header") bad: String\n @httpPrefixHeaders("x-") p: Headers\n' +
        ' @httpQuery("q") q1: String\n @httpQuery("q") q2: String\n}\nmap Headers { key: String, value: String }',
    );
    expectEvents(events, ["HttpHeaderTrait", "HttpPrefixHeadersTrait", "HttpQueryTrait"], [
      "ERROR smithy.example#S HttpHeaderTrait: `httpHeader` field name binding conflicts found for the `x-a` header in the following structure members: `a`, `b`",
      "DANGER smithy.example#S$h HttpHeaderTrait: `Host` is not an allowed HTTP header binding",
      "DANGER smithy.example#S$bad HttpHeaderTrait: `bad header` is not a valid HTTP header field name according to section 5.6.2 of RFC 9110",
      "ERROR smithy.example#S$a HttpPrefixHeadersTrait: `httpHeader` binding of `x-a` conflicts with the `httpPrefixHeaders` binding of `smithy.example#S$p` to `x-`.",
      "ERROR smithy.example#S$b HttpPrefixHeadersTrait: `httpHeader` binding of `x-a` conflicts with the `httpPrefixHeaders` binding of `smithy.example#S$p` to `x-`.",
      "ERROR smithy.example#S HttpQueryTrait: `httpQuery` parameter name binding conflicts found for the `q` parameter in the following structure members: `q1`, `q2`",
    ]);
  });
});

describe("HttpPayload", () => {
  test("members left unbound next to a payload", () => {
    const events = validate(
      '@http(method: "POST", uri: "/") operation Op { input := { @httpPayload body: Blob, extra: String } }',
    );
    expectEvents(events, "HttpPayload", [
      "ERROR smithy.example#OpInput HttpPayload: A member of this structure is marked with the `httpPayload` trait, but the following structure members are not explicitly bound to the HTTP message: `extra`",
    ]);
  });
});

describe("HttpMethodSemantics", () => {
  test("readonly, idempotent and payload expectations", () => {
    const events = validate(
      '@http(method: "GET", uri: "/a") operation A { input := { body: String } }\n' +
        '@http(method: "delete", uri: "/b") operation B {}',
    );
    expectEvents(events, "HttpMethodSemantics", [
      "WARNING smithy.example#A HttpMethodSemantics.MissingReadonlyTrait: This operation uses the `GET` method in the `http` trait, but is not marked with the readonly trait",
      "DANGER smithy.example#A HttpMethodSemantics.UnexpectedPayload: This operation uses the `GET` method in the `http` trait, but the following members are sent as part of the payload of the request: `body`.",
      "WARNING smithy.example#B HttpMethodSemantics: This operation uses the `delete` method in the `http` trait, but expected `DELETE`.",
      "WARNING smithy.example#B HttpMethodSemantics.MissingIdempotentTrait: This operation uses the `DELETE` method in the `http` trait, but is not marked with the idempotent trait",
    ]);
  });
});

describe("HttpResponseCodeSemantics", () => {
  test("codes outside the expected ranges", () => {
    const events = validate(
      '@http(method: "POST", uri: "/", code: 404) operation Op {}\n@error("client") @httpError(500) structure E {}',
    );
    expectEvents(events, "HttpResponseCodeSemantics", [
      "DANGER smithy.example#Op HttpResponseCodeSemantics: Expected an `http` code in the 2xx range, but found 404",
      "DANGER smithy.example#E HttpResponseCodeSemantics: Expected an `httpError` code in the 4xx range for a `client` error, but found 500",
    ]);
  });
});

describe("HttpUriGreedyLabel and HttpUriFormat", () => {
  test("greedy labels not last, non-ASCII URIs", () => {
    const events = validate(
      '@http(method: "POST", uri: "/{a+}/{b}") operation Op { input := { @required @httpLabel a: String\n @required @httpLabel b: String } }\n' +
        '@http(method: "POST", uri: "/caf\u00e9") operation Cafe {}',
    );
    expectEvents(events, ["HttpUriGreedyLabel", "HttpUriFormat"], [
      "DANGER smithy.example#Op HttpUriGreedyLabel.GreedyLabelIsNotLastLabel: A greedy label must be the last label in its pattern: /{a+}/{b}",
      "ERROR smithy.example#Cafe HttpUriFormat: @http trait `uri` is invalid: /caf\u00e9",
    ]);
  });
});

describe("HttpBindingsMissing", () => {
  test("some operations of a service without @http", () => {
    const events = validate(SERVICE + '@http(method: "POST", uri: "/a") operation A {}\noperation B {}');
    expectEvents(events, "HttpBindingsMissing", [
      "WARNING smithy.example#B HttpBindingsMissing: One or more operations in the `smithy.example#Svc` service define the `http` trait, but this operation is missing the `http` trait.",
    ]);
  });
});

describe("HttpBindingTraitIgnored", () => {
  test("label bindings on output members are ignored", () => {
    const events = validate('@http(method: "POST", uri: "/") operation Op { output := { @httpQuery("q") q: String } }');
    expectEvents(events, "HttpBindingTraitIgnored", [
      "WARNING smithy.example#OpOutput$q HttpBindingTraitIgnored.Input: The `httpQuery` trait applied to this member is ignored in all contexts.",
    ]);
  });
});

describe("HostLabelTrait", () => {
  test("host prefixes must expand to hosts, end with a period, and bind their labels", () => {
    const events = validate(
      '@endpoint(hostPrefix: "{foo}-data") operation Op { input := { @required @hostLabel bar: String } }',
    );
    expectEvents(events, "HostLabelTrait", [
      "DANGER smithy.example#Op HostLabelTrait: `endpoint` trait hostPrefix contains host labels and does not end in a period (`.`).",
      "ERROR smithy.example#OpInput$bar HostLabelTrait: This `bar` structure member is marked with the `hostLabel` trait, but no corresponding `endpoint` label could be found",
      "ERROR smithy.example#Op HostLabelTrait: This operation uses smithy.example#OpInput as input, but the following host labels found in the operation's `endpoint` trait do not have a corresponding member marked with the `hostLabel` trait: `foo`",
    ]);
  });
});

describe("HttpApiKeyAuthTrait and HttpQueryParamsTrait", () => {
  test("a scheme with a query key; query params next to query members", () => {
    const events = validate(
      '@httpApiKeyAuth(name: "k", in: "query", scheme: "Bearer") service Svc { version: "1" }\n' +
        'structure S { @httpQueryParams all: Params, @httpQuery("a") a: String }\nmap Params { key: String, value: String }',
    );
    expectEvents(events, ["HttpApiKeyAuthTrait", "HttpQueryParamsTrait"], [
      "ERROR smithy.example#Svc HttpApiKeyAuthTrait: The httpApiKeyAuth trait must have an `in` value of `header` when a `scheme` is provided, found: query",
      "NOTE smithy.example#S HttpQueryParamsTrait: Structure member `all` is marked with the `httpQueryParams` trait, and `httpQuery` traits are applied to the following members: `a`.",
    ]);
  });
});
