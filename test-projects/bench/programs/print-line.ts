// The cold-start benchmark's empty program: an ES module that prints one line and exits, to
// show what loading a module file costs over `node -e 0`.
process.stdout.write("{}\n");
