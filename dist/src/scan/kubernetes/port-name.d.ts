export declare function portNameProblem(name: string): string | undefined;
export declare function dnsLabelProblem(name: string): string | undefined;
