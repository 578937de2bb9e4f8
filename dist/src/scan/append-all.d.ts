export declare function appendAll<T>(target: T[], items: readonly T[]): T[];
