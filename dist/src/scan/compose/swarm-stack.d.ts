export declare function isSwarmStackFile(path: string): boolean;
