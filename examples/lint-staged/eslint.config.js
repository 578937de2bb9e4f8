// The README's ESLint config: typescript-eslint's rules and port-policy's, for JS and TS files.
import tseslint from "typescript-eslint";
import portPolicy from "eslint-plugin-port-policy";

export default [...tseslint.configs.recommended, ...portPolicy.configs.recommended];
