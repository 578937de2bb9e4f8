export declare function writeFileAtomic(file: string, text: string): void;
