import type { ESLint, Linter } from "eslint";
export declare const TYPESCRIPT_FILES: string[];
export declare const CODE_FILES: string[];
export declare const JSX_FILES: string[];
export interface PluginConfigs {
    [name: string]: Linter.Config[];
    recommended: Linter.Config[];
    strict: Linter.Config[];
}
export declare function pluginConfigs(plugin: ESLint.Plugin, version: string): PluginConfigs;
