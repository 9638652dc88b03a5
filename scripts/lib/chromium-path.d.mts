export declare const CHROMIUM_PATH_FILE: string;
