export declare function isRelativeSpecifier(specifier: string): boolean;
export declare function packageOfSpecifier(specifier: string): string;
