export declare function packageInfo(): {
    name: string;
    version: string;
};
