export declare const DEV_ONLY_SECRETS_KEY: string;

export declare function devEnvironment(options: {
  readonly fileEnv: Readonly<Record<string, string>>;
  readonly shellEnv: Readonly<Record<string, string | undefined>>;
  readonly metricsPort: number;
}): { env: Record<string, string | undefined>; notes: string[] };
