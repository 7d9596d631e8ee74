// aws.protocols#restJson1 server suites: every httpRequestTests and httpResponseTests case that applies to servers, and every expanded httpMalformedRequestTests case.
import { conformanceSuites } from "../conformance.js";
import { runServerMalformedCase, runServerRequestCase, runServerResponseCase } from "./run-server-case.js";

conformanceSuites("aws.protocols#restJson1", "server", { request: runServerRequestCase, response: runServerResponseCase, malformed: runServerMalformedCase });
