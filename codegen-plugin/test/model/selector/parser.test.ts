import { describe, expect, test } from "vitest";
import { parseSelector, SelectorSyntaxError, type SelectorExpression } from "../../../src/model/index.js";

function steps(text: string): readonly SelectorExpression[] {
  return parseSelector(text).ast.steps;
}

function syntaxError(text: string): SelectorSyntaxError {
  try {
    parseSelector(text);
  } catch (e) {
    if (e instanceof SelectorSyntaxError) return e;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

describe("selector syntax: accepted forms", () => {
  test("shape type keywords, including the category keywords", () => {
    for (const kw of ["*", "number", "simpleType", "collection", "aggregateType", "serviceType", "dataType", "blob", "boolean", "document", "string", "integer", "byte", "short", "long", "float", "double", "bigDecimal", "bigInteger", "timestamp", "list", "set", "map", "structure", "union", "service", "operation", "resource", "member", "enum", "intEnum"]) {
      expect(() => parseSelector(kw)).not.toThrow();
    }
    expect(steps("string")).toEqual([{ kind: "shapeType", offset: 0, type: "string" }]);
    expect(steps("*")).toEqual([{ kind: "any", offset: 0 }]);
  });

  test("a sequence of expressions with insignificant whitespace", () => {
    const s = steps("  structure\n\t>  member\r\n[trait|required]  ");
    expect(s.map((e) => e.kind)).toEqual(["shapeType", "neighbor", "shapeType", "attribute"]);
    expect(s[0]!.offset).toBe(2);
  });

  test("attribute existence and every comparator", () => {
    expect(steps("[trait|deprecated]")).toEqual([
      {
        kind: "attribute",
        offset: 0,
        path: [
          { kind: "property", name: "trait", offset: 1 },
          { kind: "property", name: "deprecated", offset: 7 },
        ],
      },
    ]);
    for (const op of ["=", "!=", "^=", "$=", "*=", "?=", ">", ">=", "<", "<=", "{=}", "{!=}", "{<}", "{<<}"]) {
      const [expr] = steps(`[id|name ${op} Foo]`);
      expect(expr?.kind === "attribute" && expr.comparison?.comparator).toBe(op);
    }
  });

  test("comparison values: bare shape ids, quoted text, numbers, lists, case-insensitivity", () => {
    const [expr] = steps(`[trait|since = 2019, -1.5e3, 'a b', "c'd", foo.baz#Structure, Name i]`);
    expect(expr?.kind).toBe("attribute");
    if (expr?.kind !== "attribute") return;
    expect(expr.comparison?.values.map((v) => v.text)).toEqual(["2019", "-1.5e3", "a b", "c'd", "foo.baz#Structure", "Name"]);
    expect(expr.comparison?.caseInsensitive).toBe(true);
  });

  test("attribute paths: quoted, numeric and function segments; whitespace around pipes", () => {
    const [expr] = steps("[trait | range\n    | min = 1 ]");
    expect(expr?.kind === "attribute" && expr.path.map((p) => p.name)).toEqual(["trait", "range", "min"]);
    const [e2] = steps("[trait|externalDocumentation|'Reference Docs'|(length) > 2]");
    expect(e2?.kind === "attribute" && e2.path.map((p) => [p.kind, p.name])).toEqual([
      ["property", "trait"],
      ["property", "externalDocumentation"],
      ["property", "Reference Docs"],
      ["function", "length"],
    ]);
    expect(() => parseSelector("[trait|(keys)|namespace = 'smithy.example']")).not.toThrow();
    expect(() => parseSelector("[trait|enum|(values)|tags|(first)]")).not.toThrow();
  });

  test("scoped attributes, with and without a scope, joined by &&", () => {
    const [expr] = steps("[@trait|range: @{min} > @{max} && @{min} != 1, 2 i]");
    expect(expr?.kind).toBe("scopedAttribute");
    if (expr?.kind !== "scopedAttribute") return;
    expect(expr.path.map((p) => p.name)).toEqual(["trait", "range"]);
    expect(expr.assertions).toHaveLength(2);
    expect(expr.assertions[0]!.left).toEqual({ kind: "context", path: [{ kind: "property", name: "min", offset: 17 }], offset: 15 });
    expect(expr.assertions[1]!.right.map((v) => v.kind)).toEqual(["literal", "literal"]);
    expect(expr.assertions[1]!.caseInsensitive).toBe(true);
    const [self] = steps("[@: @{trait|(keys)} = @{id}]");
    expect(self?.kind === "scopedAttribute" && self.path).toEqual([]);
  });

  test("neighbors in every direction, with unknown relationship names tolerated", () => {
    expect(steps("> < ~>").map((e) => e.kind)).toEqual(["neighbor", "neighbor", "recursiveNeighbor"]);
    expect(steps("-[input, output]->")).toEqual([{ kind: "neighbor", offset: 0, direction: "forward", relationships: ["input", "output"] }]);
    expect(steps("<-[ trait ]-")).toEqual([{ kind: "neighbor", offset: 0, direction: "reverse", relationships: ["trait"] }]);
    expect(() => parseSelector("-[notARelationship]->")).not.toThrow();
  });

  test("functions, including unknown names, and variables", () => {
    const [fn] = steps(":is(string, number > member)");
    expect(fn?.kind === "function" && [fn.name, fn.args.length]).toEqual(["is", 2]);
    expect(() => parseSelector(":someFutureFunction(string)")).not.toThrow();
    expect(steps("$foo(*) ${foo}").map((e) => e.kind)).toEqual(["variableSet", "variableGet"]);
    expect(steps("$ foo ( * ) $ { foo }").map((e) => e.kind)).toEqual(["variableSet", "variableGet"]);
    expect(() => parseSelector(":topdown([trait|title], [trait|since])")).not.toThrow();
  });

  test("a multi-line selector from the spec", () => {
    expect(() =>
      parseSelector(`service
    [trait|smithy.example#allowedTags]
    $service(*)
    ~>
    [trait|enum]
    :not([@: @{trait|enum|(values)|tags|(values)}
             {<} @{var|service|trait|smithy.example#allowedTags|(values)}])`),
    ).not.toThrow();
  });
});

describe("selector warnings", () => {
  test("unknown functions and relationships, and the deprecated :each, are reported", () => {
    expect(parseSelector("string").warnings).toEqual([]);
    expect(parseSelector(":is(-[input, sibling]->, :each(:nay(*)))").warnings).toEqual([
      { message: "Unknown relationship type `sibling`; it matches no shapes", offset: 4 },
      { message: "The `:each` selector function has been renamed to `:is`", offset: 25 },
      { message: "Unknown selector function `:nay`; it matches no shapes", offset: 31 },
    ]);
    expect(parseSelector("$v(:nay(*))").warnings).toHaveLength(1);
  });
});

describe("selector syntax: errors say what and where", () => {
  test("position, line and column, and the reference wording", () => {
    const e = syntaxError("string\n  > bogus");
    expect(e.reason).toBe("Unknown shape type: bogus");
    expect(e.offset).toBe(16);
    expect([e.line, e.column]).toEqual([2, 10]);
    expect(e.message).toBe("Syntax error at line 2 column 10, near ``: Unknown shape type: bogus; expression: string\n  > bogus");
  });

  test.each([
    ["", 0, "Unexpected selector EOF"],
    ["string )", 7, "Unexpected selector character: )"],
    ["[trait|foo", 10, "Found '[EOF]', but expected one of the following tokens: ']' '=' '!' '^' '$' '*' '?' '>' '<' '{'"],
    ["[id|name = ]", 11, "Expected a valid identifier character, but found ']'"],
    ["[id = 'abc]", 11, "Expected ' to close abc]"],
    ["[trait|range|min = -]", 20, "Invalid number '-': '-' must be followed by a digit"],
    ["[trait|range|min = 1.]", 21, "Invalid number '1.': '.' must be followed by a digit"],
    ["[trait|range|min = 1e]", 21, "Invalid number '1e': 'e', '+', and '-' must be followed by a digit"],
    ["-[input", 7, "Found '[EOF]', but expected one of the following tokens: ']' ','"],
    ["-[input]>", 8, "Expected: '-', but found '>'"],
    ["~", 1, "Expected: '>', but found '[EOF]'"],
    ["${}", 2, "Expected a valid identifier character, but found '}'"],
    ["$x", 2, "Expected: '(', but found '[EOF]'"],
    ["[@trait|range @{min} > 1]", 14, "Expected: ':', but found '@'"],
    ["[@trait|range: @{min} # 1]", 22, "Found '#', but expected one of the following tokens: '=' '!' '^' '$' '*' '?' '>' '<' '{'"],
    ["[@trait|range: @{min} > 1 & @{max} > 2]", 27, "Expected: '&', but found ' '"],
    ["[id {< } x]", 6, "Expected: '}', but found ' '"],
    ["[trait|x|(bogus)]", 9, "Unknown function property: (bogus); expected (keys), (values), (length) or (first)"],
  ])("%j fails at offset %i", (text, offset, reason) => {
    const e = syntaxError(text);
    expect(e.reason).toBe(reason);
    expect(e.offset).toBe(offset);
  });

  test("function argument counts", () => {
    expect(syntaxError(":not(string, number)").reason).toBe("The :not function requires a single selector argument");
    expect(syntaxError(":in(string, number)").reason).toBe("The :in function requires a single selector argument");
    expect(syntaxError(":root(string, number)").reason).toBe("The :root function requires a single selector argument");
    expect(syntaxError(":recursive(>, <)").reason).toBe("The :recursive function requires a single selector argument");
    expect(syntaxError(":topdown(service, resource, operation)").reason).toBe("The :topdown function accepts 1 or 2 selectors, but found 3");
    expect(syntaxError(":not(string, number)").offset).toBe(1);
  });

  test("attributes with a closed set of properties are checked when parsing", () => {
    expect(syntaxError("[bogus]").reason).toMatch(/^Invalid shape selector attribute: bogus/);
    expect(syntaxError("[id|nmae = Foo]").reason).toMatch(/^Invalid nested 'id' selector attribute property: nmae/);
    expect(syntaxError("[id|nmae = Foo]").offset).toBe(4);
    expect(syntaxError("[service|versoin]").reason).toMatch(/^Invalid nested 'service' selector attribute property: versoin/);
    expect(syntaxError("[trait|(keys)|nmae]").reason).toMatch(/^Invalid nested 'id' selector attribute property: nmae/);
    expect(syntaxError("[@: @{bogus} = 1]").reason).toMatch(/^Invalid shape selector attribute: bogus/);
    expect(syntaxError("[@id: @{bogus} = 1]").reason).toMatch(/^Invalid nested 'id' selector attribute property: bogus/);
    expect(syntaxError(":not([id|bogus])").offset).toBe(9);
    // Things that are merely absent are fine: unknown traits, node properties, unbound variables.
    for (const ok of ["[trait|notATrait|x|y]", "[var|unbound|whatever]", "[id|(length) > 3]", "[service|id|name = X]", "[trait|(keys)|(length) > 3]"]) {
      expect(() => parseSelector(ok)).not.toThrow();
    }
  });

  test("deeply nested selectors are rejected instead of exhausting the stack", () => {
    const deep = ":not(".repeat(150) + "string" + ")".repeat(150);
    expect(syntaxError(deep).reason).toBe("Selector exceeds the maximum allowed nesting depth of 100");
    const ok = ":not(".repeat(50) + "string" + ")".repeat(50);
    expect(() => parseSelector(ok)).not.toThrow();
  });

  test("so are selectors with an absurd number of expressions", () => {
    expect(syntaxError("structure " + "> ".repeat(600)).reason).toBe("Selector exceeds the maximum allowed number of expressions (500)");
    expect(() => parseSelector("structure " + "> ".repeat(400))).not.toThrow();
  });

  test("never throws anything but SelectorSyntaxError on arbitrary input", () => {
    const alphabet = ["[", "]", "(", ")", ":", "@", "{", "}", "|", "-", ">", "<", "~", "$", "*", ",", "'", '"', "=", "!", "i", "a", "1", " ", "&", "#", ".", "string", "trait"];
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 3000; i++) {
      let text = "";
      const len = rand(12);
      for (let j = 0; j < len; j++) text += alphabet[rand(alphabet.length)];
      try {
        parseSelector(text);
      } catch (e) {
        expect(e, text).toBeInstanceOf(SelectorSyntaxError);
      }
    }
  });
});
