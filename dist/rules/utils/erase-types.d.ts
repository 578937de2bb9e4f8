export declare function eraseTypes(text: string, file: string): string | undefined;
