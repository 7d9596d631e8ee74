// The real templates, read once for all codegen tests.
import { readTemplates, TEMPLATES_DIR } from "../../src/cli/commands/generate-templates.js";

export const TEMPLATES = readTemplates(TEMPLATES_DIR);
