// Suppressions and severity overrides: `metadata suppressions`, the @suppress trait and
// `metadata severityOverrides` change the severity of events (never of ERRORs). A suppressed
// event becomes SUPPRESSED and carries the suppression's reason; an override can only raise
// a severity (to WARNING or DANGER).
import { eventIdContains, SEVERITY_ORDER, type Severity, type ValidationEvent } from "../events.js";
import type { Model } from "../model.js";
import { isNodeArray, isNodeObject, nodeTypeName, type NodeObject, type NodeValue } from "../node-value.js";
import { namespaceOf } from "../shape-id.js";
import { modelEvent } from "./event-builder.js";

interface Rule {
  readonly id: string;
  readonly namespace: string;
}

interface Suppression extends Rule {
  readonly reason: string | undefined;
}

interface SeverityOverride extends Rule {
  readonly severity: Severity;
}

export interface EventDecorator {
  decorate(event: ValidationEvent): ValidationEvent;
}

const SUPPRESS_TRAIT = "smithy.api#suppress";

/** Reads the model's suppressions and overrides; problems with them are returned as events. */
export function createDecorator(model: Model): { decorator: EventDecorator; events: ValidationEvent[] } {
  const problems: ValidationEvent[] = [];
  const suppressions = readRules(model.metadata.get("suppressions"), problems, (rule) => {
    const reason = rule["reason"];
    return typeof reason === "string" ? { reason } : { reason: undefined };
  });
  const overrides = readRules(model.metadata.get("severityOverrides"), problems, (rule) => {
    const severity = rule["severity"];
    if (severity === undefined) throw new RuleError("Missing expected member `severity`.");
    if (typeof severity !== "string") {
      throw new RuleError(`Expected \`severity\` member to be a string, but found ${nodeTypeName(severity)}.`);
    }
    if (severity !== "WARNING" && severity !== "DANGER") {
      throw new RuleError(`Expected one of \`DANGER\`, \`WARNING\`; got \`${severity}\`.`);
    }
    return { severity: severity as Severity };
  });
  const decorator: EventDecorator = {
    decorate: (event) => decorate(model, event, suppressions, overrides),
  };
  return { decorator, events: problems.map((e) => decorator.decorate(e)) };
}

class RuleError extends Error {}

function readRules<X>(
  value: NodeValue | undefined,
  problems: ValidationEvent[],
  extra: (rule: NodeObject) => X,
): (Rule & X)[] {
  if (value === undefined) return [];
  if (!isNodeArray(value)) {
    problems.push(modelEvent("Model", "ERROR", `Expected array, but found ${nodeTypeName(value)}.`));
    return [];
  }
  const rules: (Rule & X)[] = [];
  value.forEach((element, i) => {
    if (!isNodeObject(element)) {
      problems.push(modelEvent("Model", "ERROR", `Expected array element ${i} to be a object but found ${nodeTypeName(element)}.`));
      return;
    }
    try {
      const id = requireString(element, "id");
      const namespace = requireString(element, "namespace");
      rules.push({ id, namespace, ...extra(element) });
    } catch (e) {
      if (!(e instanceof RuleError)) throw e;
      problems.push(modelEvent("Model", "ERROR", e.message));
    }
  });
  return rules;
}

function requireString(rule: NodeObject, key: string): string {
  const v = rule[key];
  if (v === undefined) throw new RuleError(`Missing expected member \`${key}\`.`);
  if (typeof v !== "string") throw new RuleError(`Expected \`${key}\` member to be a string, but found ${nodeTypeName(v)}.`);
  return v;
}

function ruleMatches(rule: Rule, event: ValidationEvent): boolean {
  if (!eventIdContains(event.id, rule.id)) return false;
  if (rule.namespace === "*") return true;
  return event.shapeId !== undefined && namespaceOf(event.shapeId) === rule.namespace;
}

function decorate(
  model: Model,
  event: ValidationEvent,
  suppressions: readonly Suppression[],
  overrides: readonly SeverityOverride[],
): ValidationEvent {
  if (event.severity === "ERROR") return event;
  if (event.shapeId !== undefined) {
    const values = model.getShape(event.shapeId)?.traits.get(SUPPRESS_TRAIT);
    if (isNodeArray(values) && values.some((v) => typeof v === "string" && eventIdContains(event.id, v))) {
      return withSeverity(event, "SUPPRESSED", undefined);
    }
  }
  for (const s of suppressions) {
    if (ruleMatches(s, event)) return withSeverity(event, "SUPPRESSED", s.reason);
  }
  let severity: Severity = event.severity;
  for (const o of overrides) {
    if (ruleMatches(o, event) && SEVERITY_ORDER[o.severity] > SEVERITY_ORDER[severity]) severity = o.severity;
  }
  return withSeverity(event, severity, undefined);
}

function withSeverity(event: ValidationEvent, severity: Severity, reason: string | undefined): ValidationEvent {
  if (event.severity === severity) return event;
  return reason === undefined ? { ...event, severity } : { ...event, severity, suppressionReason: reason };
}
