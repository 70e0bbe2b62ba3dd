// Types of generateSchemaValidator.mjs for the test that imports it (tsconfig has no allowJs).
export declare const generatedPath: string;
export declare function validatorModuleSource(schema: Record<string, unknown>): string;
