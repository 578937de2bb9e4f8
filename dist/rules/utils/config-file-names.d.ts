export type ConfigKind = "vite" | "webpack-dev-server";
export declare function configKind(filename: string): ConfigKind | undefined;
