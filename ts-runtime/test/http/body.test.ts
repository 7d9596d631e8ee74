import { describe, expect, test } from "vitest";
import { BodyTooLargeError, collectBody, collectBodyText, isEmptyBody } from "../../src/http/body.js";
import { ByteStream } from "../../src/http/byte-stream.js";
import { SerdeError } from "../../src/serde/serde-error.js";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function stream(...chunks: string[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encode(chunk));
      controller.close();
    },
  });
}

async function* iterable(...chunks: string[]): AsyncIterable<Uint8Array> {
  for (const chunk of chunks) yield encode(chunk);
}

describe("collecting bodies", () => {
  test.each([
    ["undefined", undefined, ""],
    ["a string", "héllo", "héllo"],
    ["bytes", encode("bytes"), "bytes"],
    ["a web stream", stream("ab", "cd"), "abcd"],
    ["an async iterable", iterable("x", "y", "z"), "xyz"],
  ])("%s", async (_name, body, text) => {
    expect(await collectBodyText(body)).toBe(text);
  });

  test("the limit stops reading early", async () => {
    await expect(collectBody(stream("12345", "67890"), 8)).rejects.toBeInstanceOf(BodyTooLargeError);
    await expect(collectBody("123456789", 8)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(await collectBody(iterable("1234", "5678"), 8)).toEqual(encode("12345678"));
  });

  test("invalid UTF-8 is an error, not replacement characters", async () => {
    await expect(collectBodyText(new Uint8Array([0xc3, 0x28]))).rejects.toBeInstanceOf(SerdeError);
  });

  test("emptiness without reading", () => {
    expect(isEmptyBody(undefined)).toBe(true);
    expect(isEmptyBody("")).toBe(true);
    expect(isEmptyBody(new Uint8Array(0))).toBe(true);
    expect(isEmptyBody("x")).toBe(false);
    expect(isEmptyBody(stream())).toBe(false);
  });
});

describe("ByteStream", () => {
  test("reads bytes, text or chunks, once", async () => {
    expect(await new ByteStream(stream("a", "b")).text()).toBe("ab");
    expect(await new ByteStream(encode("z")).bytes()).toEqual(encode("z"));
    const chunks: string[] = [];
    for await (const chunk of new ByteStream(iterable("1", "2"))) chunks.push(new TextDecoder().decode(chunk));
    expect(chunks).toEqual(["1", "2"]);
    const once = new ByteStream("x");
    await once.text();
    await expect(once.text()).rejects.toThrow(/only once/);
  });

  test("from() wraps raw inputs and keeps ByteStreams", () => {
    const existing = new ByteStream("x");
    expect(ByteStream.from(existing)).toBe(existing);
    expect(ByteStream.from("y").body).toBe("y");
  });
});
