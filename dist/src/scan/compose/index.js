// The compose front end's public face: what the scanner's orchestration calls.
export { composeListeners, readComposeFile, scanComposeProject } from "./scan-compose-project.js";
export { composeEnvironment } from "./compose-environment.js";
export { isComposeDocument } from "./is-compose-document.js";
