export declare function isIpAddress(text: string): boolean;
