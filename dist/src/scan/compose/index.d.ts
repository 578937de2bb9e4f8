export { composeListeners, readComposeFile, scanComposeProject, type ComposeFileLayers, type ComposeServiceUse, type ComposeProject, type ComposeSource } from "./scan-compose-project.js";
export { composeEnvironment, type ComposeEnvironment, type EnvExample } from "./compose-environment.js";
export { isComposeDocument } from "./is-compose-document.js";
