// Types of generateSchemaValidator.mjs for the test that imports it (tsconfig has no allowJs).
export declare const generatedPath: string;
export declare function validatorModuleSource(schema: Record<string, unknown>): string;
export declare const typesPath: string;
export declare function typesModuleSource(schema: Record<string, unknown>, names: Map<Record<string, unknown>, string>): string;
