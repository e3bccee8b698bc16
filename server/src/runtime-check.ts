/**
 * Imported first by the entry point: an unsupported Node.js stops the server with one clear line
 * instead of a stack trace from some dependency that needs a newer runtime.
 */
const SUPPORTED_MAJOR = 24;

const major = Number(process.versions.node.split('.')[0]);
if (major !== SUPPORTED_MAJOR) {
  process.stderr.write(
    `Präventionsnetz needs Node.js ${SUPPORTED_MAJOR} (LTS); this is Node.js ${process.versions.node}.\n`,
  );
  process.exit(1);
}
