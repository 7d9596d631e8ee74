// aws.protocols#restJson1 client suites: every httpRequestTests and httpResponseTests case that applies to clients.
import { conformanceSuites } from "../conformance.js";
import { runClientRequestCase, runClientResponseCase } from "./run-client-case.js";

conformanceSuites("aws.protocols#restJson1", "client", { request: runClientRequestCase, response: runClientResponseCase });
