// aws.protocols#awsJson1_1 server suites: every httpRequestTests and httpResponseTests case that applies to servers (the protocol has no malformed-request cases).
import { conformanceSuites } from "../conformance.js";
import { runServerRequestCase, runServerResponseCase } from "./run-server-case.js";

conformanceSuites("aws.protocols#awsJson1_1", "server", { request: runServerRequestCase, response: runServerResponseCase });
