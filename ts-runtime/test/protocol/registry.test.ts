import { describe, expect, test } from "vitest";
import { awsJson1_0, awsJson1_1 } from "../../src/protocol/aws-json.js";
import { protocolFor, supportedProtocols } from "../../src/protocol/registry.js";
import { restJson1 } from "../../src/protocol/rest-json1.js";

describe("protocol registry", () => {
  test("finds each protocol by trait id", () => {
    expect(protocolFor("aws.protocols#restJson1")).toBe(restJson1);
    expect(protocolFor("aws.protocols#awsJson1_0")).toBe(awsJson1_0);
    expect(protocolFor("aws.protocols#awsJson1_1")).toBe(awsJson1_1);
    expect(supportedProtocols()).toHaveLength(3);
  });

  test("names the supported protocols when asked for another", () => {
    expect(() => protocolFor("aws.protocols#restXml")).toThrow(/unsupported protocol "aws.protocols#restXml"; this runtime implements aws.protocols#restJson1/);
  });
});
