export { corpusOrSkip, findCorpus, repoRoot } from "./corpus.js";
export { runTsc } from "./tsc.js";
